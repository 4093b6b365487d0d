package org.corroborate.account;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * When a token was last used, to the minute: written at most once a minute per token and instance
 * ({@link TokenCheck}), in a table of its own so that writing it does not make instances forget their tokens.
 */
@Entity
@Table(name = "api_token_use")
public class ApiTokenUse extends PanacheEntityBase {

    @Id
    @Column(name = "token_id")
    public Long tokenId;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;
}
