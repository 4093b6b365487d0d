package org.corroborate.claim;

import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.corroborate.cache.ChangeFeed.Topic;
import org.corroborate.cache.ChangeFeed;
import org.corroborate.cache.FleetCache;

/**
 * The counts the dashboard draws and the export page shows: one grouped query each, so their cost does not grow
 * with the number of groups shown, remembered until a claim changes anywhere in the fleet (each reads every claim: tens of
 * milliseconds of the database's time at 100,000 claims). A published event is an approved claim.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClaimStatistics {

    private final FleetCache<String, List<StatusVerdictCount>> byStatusAndVerdict;
    private final FleetCache<String, List<MonthCount>> publishedByMonth;
    private final FleetCache<Integer, List<ProvinceCount>> publishedByProvince;

    ClaimStatistics(ChangeFeed changes) {
        byStatusAndVerdict = new FleetCache<>(changes, Topic.CLAIMS, 1);
        publishedByMonth = new FleetCache<>(changes, Topic.CLAIMS, 1);
        publishedByProvince = new FleetCache<>(changes, Topic.CLAIMS, 10);
    }

    public record StatusVerdictCount(ClaimStatus status, Verdict verdict, long count) {
    }

    public record MonthCount(YearMonth month, long count) {
    }

    public record ProvinceCount(String province, long count) {
    }

    /** Claims by status and verdict (null verdict: none proposed yet). */
    public List<StatusVerdictCount> byStatusAndVerdict() {
        return byStatusAndVerdict.get("all", ClaimStatistics::countByStatusAndVerdict);
    }

    /** Published events by the month of the event, every month that has any, oldest first. */
    public List<MonthCount> publishedByMonth() {
        return publishedByMonth.get("all", ClaimStatistics::countPublishedByMonth);
    }

    /** The provinces with the most published events, most first; provinces compared without case. */
    public List<ProvinceCount> publishedByProvince(int limit) {
        return publishedByProvince.get(limit, () -> countPublishedByProvince(limit));
    }

    private static List<StatusVerdictCount> countByStatusAndVerdict() {
        return Claim.getEntityManager().createQuery("select c.status, c.verdict, count(c) from Claim c"
                + " group by c.status, c.verdict", Object[].class).getResultStream()
                .map(row -> new StatusVerdictCount((ClaimStatus) row[0], (Verdict) row[1], (Long) row[2])).toList();
    }

    private static List<MonthCount> countPublishedByMonth() {
        return Claim.getEntityManager().createQuery("select year(c.eventDate), month(c.eventDate), count(c) from Claim c"
                + " where c.status = :status and c.eventDate is not null"
                + " group by year(c.eventDate), month(c.eventDate)"
                + " order by year(c.eventDate), month(c.eventDate)", Object[].class)
                .setParameter("status", ClaimStatus.APPROVED).getResultStream()
                .map(row -> new MonthCount(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                        (Long) row[2]))
                .toList();
    }

    private static List<ProvinceCount> countPublishedByProvince(int limit) {
        return Claim.getEntityManager().createQuery("select min(c.location.admin1), count(c) from Claim c"
                + " where c.status = :status and c.admin1Key is not null"
                + " group by c.admin1Key order by count(c) desc, c.admin1Key", Object[].class)
                .setParameter("status", ClaimStatus.APPROVED).setMaxResults(limit).getResultStream()
                .map(row -> new ProvinceCount((String) row[0], (Long) row[1])).toList();
    }
}
