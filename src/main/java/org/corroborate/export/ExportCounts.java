package org.corroborate.export;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

import org.corroborate.claim.ClaimStatistics.StatusVerdictCount;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.Verdict;

/** What the export holds now: published events by verdict, and how many it carries as retractions. */
@TemplateData
public record ExportCounts(List<VerdictCount> published, long retracted) {

    @TemplateData
    public record VerdictCount(Verdict verdict, long count) {
    }

    /** From the claims counted by status and verdict: every verdict is listed, 0 or not. */
    public static ExportCounts of(List<StatusVerdictCount> claims) {
        Map<Verdict, Long> approved = new EnumMap<>(Verdict.class);
        long retracted = 0;
        for (StatusVerdictCount count : claims) {
            if (count.status() == ClaimStatus.RETRACTED) {
                retracted += count.count();
            } else if (count.status() == ClaimStatus.APPROVED && count.verdict() != null) {
                approved.merge(count.verdict(), count.count(), Long::sum);
            }
        }
        return new ExportCounts(Arrays.stream(Verdict.values())
                .map(v -> new VerdictCount(v, approved.getOrDefault(v, 0L))).toList(), retracted);
    }

    public long total() {
        return published.stream().mapToLong(VerdictCount::count).sum();
    }
}
