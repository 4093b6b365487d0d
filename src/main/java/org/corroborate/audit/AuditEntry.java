package org.corroborate.audit;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One account change or editor decision: who did what to which account or claim, and when. Written once by
 * {@link AuditLog}; immutable, so Hibernate never writes a change to one, and the app has no way to delete one.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntity {

    public static final int DETAIL_MAX = 2000;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    /** The username who acted, or "(set-up page)" / "(configuration)" for the first admin. */
    @Column(nullable = false, length = 64, updatable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    public AuditAction action;

    /** The account ("user alice") or claim ("claim 12") acted on. */
    @Column(nullable = false, length = 200, updatable = false)
    public String subject;

    @Column(length = DETAIL_MAX, updatable = false)
    public String detail;
}
