package org.corroborate.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.corroborate.citation.Citation;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.Verdict;
import org.corroborate.review.Credibility;
import org.corroborate.review.Review;
import org.corroborate.workflow.StatusChange;

/** Reads published (approved or retracted) claims as events, in change order, a page at a time. */
@ApplicationScoped
public class EventService {

    /** A page of events and the cursor to continue after it. */
    public record EventPage(List<EventView> events, EventCursor next, boolean hasMore) {
    }

    /**
     * Events changed at or after {@code since} and after {@code cursor}, oldest change first, at most
     * {@code limit}. A null verdict means every verdict. Four queries per page, whatever its size.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EventPage page(Instant since, EventCursor cursor, Verdict verdict, int limit) {
        StringBuilder where = new StringBuilder("c.status in :published");
        Map<String, Object> params = new HashMap<>();
        params.put("published", List.of(ClaimStatus.APPROVED, ClaimStatus.RETRACTED));
        if (since != null) {
            where.append(" and c.publishedAt >= :since");
            params.put("since", since);
        }
        if (cursor != null) {
            where.append(" and (c.publishedAt > :at or (c.publishedAt = :at and c.id > :id))");
            params.put("at", cursor.changedAt());
            params.put("id", cursor.claimId());
        }
        if (verdict != null) {
            where.append(" and c.verdict = :verdict");
            params.put("verdict", verdict);
        }
        List<Claim> claims = Claim.<Claim>find("from Claim c where " + where + " order by c.publishedAt, c.id", params)
                .range(0, limit).list();
        boolean hasMore = claims.size() > limit;
        if (hasMore) {
            claims = claims.subList(0, limit);
        }
        List<Long> ids = claims.stream().map(c -> c.id).toList();
        Map<Long, List<Citation>> citations = Citation.ofClaims(ids).stream()
                .collect(Collectors.groupingBy(c -> c.claim.id, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<Review>> reviews = Review.ofClaims(ids).stream()
                .collect(Collectors.groupingBy(r -> r.claim.id));
        Map<Long, StatusChange> retractions = retractions(claims);
        List<EventView> events = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            events.add(EventView.of(claim, citations.getOrDefault(claim.id, List.of()),
                    Credibility.of(reviews.getOrDefault(claim.id, List.of())), retractions.get(claim.id)));
        }
        EventCursor next = claims.isEmpty() ? cursor
                : new EventCursor(claims.get(claims.size() - 1).publishedAt, claims.get(claims.size() - 1).id);
        return new EventPage(events, next, hasMore);
    }

    /** The latest retraction entry of each retracted claim on the page. */
    private static Map<Long, StatusChange> retractions(List<Claim> claims) {
        List<Long> retracted = claims.stream().filter(c -> c.status == ClaimStatus.RETRACTED).map(c -> c.id).toList();
        if (retracted.isEmpty()) {
            return Map.of();
        }
        return StatusChange.<StatusChange>list("claim.id in ?1 and toStatus = ?2 order by changedAt", retracted,
                ClaimStatus.RETRACTED).stream()
                .collect(Collectors.toMap(s -> s.claim.id, Function.identity(), (older, newer) -> newer));
    }
}
