package org.corroborate.claimant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.corroborate.db.RowMapping;

/**
 * Who makes assertions in sources, once however they are named: a person or a body, the organisation they speak
 * for (none: only for themselves) and whether that organisation is a party to the conflict.
 */
@Entity
public class Claimant extends PanacheEntity {

    /** What the claim page needs of a citation's claimant, read in the same query as the citation. */
    public static final RowMapping<Claimant> ORIGIN_COLUMNS = RowMapping.of(Claimant::new)
            .text("name", (c, v) -> c.name = v)
            .text("organisation", (c, v) -> c.organisation = v)
            .build();

    public static final int NAME_MAX = 200;
    public static final int ORGANISATION_MAX = 200;
    public static final int SIDE_MAX = 100;

    @Column(nullable = false, length = NAME_MAX)
    public String name;

    /** The organisation the claimant speaks for ("Taliban"); null when unaffiliated. */
    @Column(length = ORGANISATION_MAX)
    public String organisation;

    /** Whether the organisation is a party to the conflict. */
    @Column(nullable = false)
    public boolean party;

    /** The side of the conflict, when a party ("Taliban", "Afghan government"). */
    @Column(length = SIDE_MAX)
    public String side;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** Every name the claimant is known by, its own name first. */
    @OneToMany(mappedBy = "claimant")
    @OrderBy("name desc, id")
    public List<ClaimantAlias> names = new ArrayList<>();

    /** The names other than its own. */
    public List<String> aliases() {
        return names.stream().filter(n -> !n.name).map(n -> n.alias).toList();
    }

    /** Claimants with their names, by name, optionally those with a name or alias containing {@code query}. */
    public static List<Claimant> listWithNames(String query) {
        if (query == null) {
            return find("select distinct c from Claimant c left join fetch c.names order by c.name, c.id").list();
        }
        String like = "%" + query.toLowerCase() + "%";
        String key = ClaimantNames.key(query);
        return find("select distinct c from Claimant c left join fetch c.names where c.id in (select a.claimant.id "
                + "from ClaimantAlias a where lower(a.alias) like ?1 or a.aliasKey like ?2) order by c.name, c.id",
                like, "%" + (key == null ? query.toLowerCase() : key) + "%").list();
    }

    /** One claimant with its names, in one query. */
    public static Optional<Claimant> findWithNames(long id) {
        return find("select c from Claimant c left join fetch c.names where c.id = ?1", id).singleResultOptional();
    }
}
