package org.corroborate.account;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A token a script signs in with ({@code Authorization: Bearer crb_…}). The secret is shown once, when it is made;
 * only its SHA-256 is kept. Revoked tokens are kept, so their owner sees what was revoked, when and by whom. When
 * it was last used is kept apart ({@link ApiTokenUse}): instances remember tokens until this table changes.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntity {

    public static final int NAME_MAX = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    public User owner;

    @Column(nullable = false, length = NAME_MAX)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    public TokenScope scope;

    @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
    public String secretHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at", updatable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    public String revokedBy;
}
