package org.corroborate.claimant;

import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One name a claimant is known by, under the key citations are matched by; a key names one claimant only. */
@Entity
@Table(name = "claimant_alias")
public class ClaimantAlias extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claimant_id")
    public Claimant claimant;

    /** The name as a reviewer wrote it. */
    @Column(nullable = false, length = Claimant.NAME_MAX)
    public String alias;

    /** {@link ClaimantNames#key} of the alias; unique. */
    @Column(name = "alias_key", nullable = false, length = ClaimantNames.KEY_MAX, unique = true)
    public String aliasKey;

    /** Whether this is the claimant's own name rather than an alias. */
    @Column(name = "is_name", nullable = false)
    public boolean name;

    public static Optional<ClaimantAlias> findByKey(String key) {
        return key == null ? Optional.empty() : find("aliasKey", key).firstResultOptional();
    }
}
