package org.corroborate.export;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.Verdict;

/** What the export holds now: published events by verdict, and how many it carries as retractions. */
@TemplateData
public record ExportCounts(List<VerdictCount> published, long retracted) {

    @TemplateData
    public record VerdictCount(Verdict verdict, long count) {
    }

    /** One grouped query over the published claims (approved or retracted); every verdict is listed, 0 or not. */
    public static ExportCounts now() {
        List<Object[]> rows = Claim.getEntityManager().createQuery(
                "select c.status, c.verdict, count(c) from Claim c where c.status in :published"
                        + " group by c.status, c.verdict", Object[].class)
                .setParameter("published", List.of(ClaimStatus.APPROVED, ClaimStatus.RETRACTED)).getResultList();
        Map<Verdict, Long> approved = new EnumMap<>(Verdict.class);
        long retracted = 0;
        for (Object[] row : rows) {
            long count = (Long) row[2];
            if (row[0] == ClaimStatus.RETRACTED) {
                retracted += count;
            } else if (row[1] != null) {
                approved.merge((Verdict) row[1], count, Long::sum);
            }
        }
        return new ExportCounts(Arrays.stream(Verdict.values())
                .map(v -> new VerdictCount(v, approved.getOrDefault(v, 0L))).toList(), retracted);
    }

    public long total() {
        return published.stream().mapToLong(VerdictCount::count).sum();
    }
}
