package org.corroborate.account;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Recent failed sign-ins of one account ({@code account:<name>}) or one client ({@code client:<address>}). */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure extends PanacheEntityBase {

    @Id
    @Column(name = "throttle_key", length = 200)
    public String key;

    @Column(nullable = false)
    public int failures;

    @Column(name = "last_failure_at", nullable = false)
    public Instant lastFailureAt;

    @Column(name = "locked_until")
    public Instant lockedUntil;
}
