package org.corroborate.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The audit log of account changes and editor decisions. Entries are written in the transaction of the change
 * they record, so there is never a change without its entry nor an entry without its change.
 */
@ApplicationScoped
public class AuditLog {

    /** Actor of the first admin made on the set-up page (no one is signed in there). */
    public static final String SET_UP_PAGE = "(set-up page)";
    /** Actor of the first admin made from {@code CORROBORATE_ADMIN_*} at start-up. */
    public static final String CONFIGURATION = "(configuration)";

    private final Clock clock;

    AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** A page of entries, newest first. */
    public record AuditPage(List<AuditEntry> items, int page, int size, long total) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, AuditAction action, String subject, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.recordedAt = Instant.now(clock);
        entry.actor = actor;
        entry.action = action;
        entry.subject = subject;
        entry.detail = detail == null || detail.length() <= AuditEntry.DETAIL_MAX ? detail
                : detail.substring(0, AuditEntry.DETAIL_MAX - 1) + "…";
        entry.persist();
    }

    @Transactional
    public AuditPage page(int page, int size) {
        var find = AuditEntry.<AuditEntry>findAll(Sort.descending("recordedAt", "id"));
        return new AuditPage(find.page(Page.of(page, size)).list(), page, size, find.count());
    }
}
