package org.corroborate.dashboard;

import org.corroborate.web.CurrentUser;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.corroborate.account.Role;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimService;
import org.corroborate.claim.ClaimStatistics;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.Verdict;
import org.corroborate.i18n.Language;
import org.corroborate.i18n.Languages;
import org.corroborate.map.EventMap;
import org.corroborate.map.MappedEvents;

/**
 * The start page: what waits for the user, where the claims stand, pictures of the published events and the
 * review queue (SVG drawn here), the published events on a map ({@link MappedEvents}), what changed lately.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    /** Queues are counted up to this; beyond it the page says "100+". */
    static final int COUNT_LIMIT = 100;
    static final int RECENT = 10;

    public record StatusCount(ClaimStatus status, long count) {
    }

    /** How long a queue is: its length, or "100+" beyond the counting limit. */
    public record QueueLength(int length) {
        public String text() {
            return length > COUNT_LIMIT ? COUNT_LIMIT + "+" : String.valueOf(length);
        }

        /** The number the page writes: the length, at most the counting limit. */
        public int shown() {
            return Math.min(length, COUNT_LIMIT);
        }

        /** Whether the queue is longer than the page counts ("100+"). */
        public boolean more() {
            return length > COUNT_LIMIT;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<StatusCount> counts, QueueLength myQueue, QueueLength decisions,
                List<Chart> charts, EventMap map, List<Claim> recent);
    }

    private final ClaimService claims;
    private final ClaimStatistics statistics;
    private final MappedEvents mapped;
    private final CurrentUser user;
    private final Languages languages;

    DashboardResource(ClaimService claims, ClaimStatistics statistics, MappedEvents mapped, CurrentUser user,
            Languages languages) {
        this.claims = claims;
        this.statistics = statistics;
        this.mapped = mapped;
        this.user = user;
        this.languages = languages;
    }

    @GET
    public TemplateInstance dashboard() {
        Map<ClaimStatus, Long> byStatus = new EnumMap<>(ClaimStatus.class);
        Map<Verdict, Long> published = new EnumMap<>(Verdict.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            byStatus.put(status, 0L);
        }
        for (ClaimStatistics.StatusVerdictCount c : statistics.byStatusAndVerdict()) {
            byStatus.merge(c.status(), c.count(), Long::sum);
            if (c.status() == ClaimStatus.APPROVED && c.verdict() != null) {
                published.merge(c.verdict(), c.count(), Long::sum);
            }
        }
        List<StatusCount> counts = byStatus.entrySet().stream().map(e -> new StatusCount(e.getKey(), e.getValue())).toList();
        QueueLength mine = user.canWrite()
                ? new QueueLength(claims.waitingForReviewBy(user.username(), COUNT_LIMIT + 1).size()) : null;
        QueueLength decisions = user.has(Role.EDITOR)
                ? new QueueLength(claims.waitingForDecision(COUNT_LIMIT + 1).size()) : null;
        Language language = languages.current();
        DashboardCharts pictures = new DashboardCharts(language);
        List<Chart> charts = List.of(pictures.eventsByMonth(statistics.publishedByMonth()),
                pictures.eventsByProvince(statistics.publishedByProvince(DashboardCharts.PROVINCES),
                        byStatus.get(ClaimStatus.APPROVED)),
                pictures.verdicts(published), pictures.reviewQueue(byStatus, mine));
        return Templates.dashboard(counts, mine, decisions, charts, mapped.map(language),
                claims.recentlyChanged(RECENT));
    }
}
