package org.corroborate.map;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.corroborate.cache.ChangeFeed;
import org.corroborate.cache.ChangeFeed.Topic;
import org.corroborate.cache.FleetCache;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.i18n.Language;

/**
 * The map of published events the dashboard and the export page show: one query for the fields it draws, the
 * drawn map remembered until a claim changes anywhere in the fleet, as {@link org.corroborate.claim.ClaimStatistics}'
 * counts are.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MappedEvents {

    /**
     * The most events drawn: the latest by the date of the event. Keeps the map legible and its page within the
     * 100 KB budget (each event is a dot and a table row, up to about 500 bytes; docs/MAP.md has the sums).
     */
    public static final int LATEST = 100;

    /** The drawn map in each interface language: its labels and numbers are written in it. */
    private final FleetCache<Language, EventMap> map;

    MappedEvents(ChangeFeed changes) {
        map = new FleetCache<>(changes, Topic.CLAIMS, Language.values().length);
    }

    public EventMap map(Language language) {
        return map.get(language, () -> EventMap.of(latest(LATEST + 1), LATEST, language));
    }

    /** Published events with coordinates, the latest event first (undated ones last), at most {@code limit}. */
    static List<MappedEvent> latest(int limit) {
        return Claim.getEntityManager().createQuery("select new org.corroborate.map.MappedEvent(c.id, c.statement,"
                + " c.eventDate, c.location.place, c.location.admin2, c.location.admin1, c.location.latitude,"
                + " c.location.longitude, c.verdict, c.fatalities.low, c.fatalities.best, c.fatalities.high)"
                + " from Claim c where c.status = :status"
                + " and c.location.latitude is not null and c.location.longitude is not null"
                + " order by c.eventDate desc nulls last, c.id desc", MappedEvent.class)
                .setParameter("status", ClaimStatus.APPROVED).setMaxResults(limit).getResultList();
    }
}
