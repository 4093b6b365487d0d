package org.corroborate.dashboard;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.corroborate.claim.ClaimStatistics.MonthCount;
import org.corroborate.claim.ClaimStatistics.ProvinceCount;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.Verdict;

/** The dashboard's pictures, from the counts {@link org.corroborate.claim.ClaimStatistics} gives. */
final class DashboardCharts {

    /** Months the events-by-month picture spans, ending with the latest month that has an event. */
    static final int MONTHS = 24;
    /** Provinces drawn one by one; the rest are summed into one bar. */
    static final int PROVINCES = 8;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private DashboardCharts() {
    }

    static Chart eventsByMonth(List<MonthCount> counts) {
        String title = "Published events by month";
        if (counts.isEmpty()) {
            return Chart.columns("by-month", title, null, "No published event yet.", List.of(), List.of());
        }
        YearMonth last = counts.get(counts.size() - 1).month();
        YearMonth first = last.minusMonths(MONTHS - 1);
        long[] perMonth = new long[MONTHS];
        long earlier = 0;
        for (MonthCount c : counts) {
            if (c.month().isBefore(first)) {
                earlier += c.count();
            } else {
                perMonth[(int) first.until(c.month(), java.time.temporal.ChronoUnit.MONTHS)] = c.count();
            }
        }
        List<Chart.Item> items = new ArrayList<>();
        List<String> ticks = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            YearMonth month = first.plusMonths(i);
            items.add(new Chart.Item(MONTH.format(month), perMonth[i]));
            boolean january = month.getMonthValue() == 1;
            boolean roomBeforeJanuary = i == 0 && month.getMonthValue() <= 7;
            ticks.add(january ? String.valueOf(month.getYear()) : roomBeforeJanuary ? MONTH.format(month) : null);
        }
        String caption = "By the date of the event, the " + MONTHS + " months to " + MONTH.format(last) + "."
                + (earlier > 0 ? " " + earlier + " earlier " + (earlier == 1 ? "event is" : "events are") + " not drawn." : "");
        return Chart.columns("by-month", title, caption, null, items, ticks);
    }

    static Chart eventsByProvince(List<ProvinceCount> top, long published) {
        List<Chart.Item> items = new ArrayList<>(top.stream().map(p -> new Chart.Item(p.province(), p.count())).toList());
        long others = published - top.stream().mapToLong(ProvinceCount::count).sum();
        if (others > 0) {
            items.add(new Chart.Item("Other or unknown provinces", others));
        }
        return Chart.rows("by-province", "Published events by province",
                top.size() == PROVINCES ? "The " + PROVINCES + " provinces with the most events, then the rest." : null,
                "No published event yet.", items);
    }

    static Chart verdicts(Map<Verdict, Long> published) {
        List<Chart.Item> items = Arrays.stream(Verdict.values())
                .map(v -> new Chart.Item(v.label, published.getOrDefault(v, 0L))).toList();
        return Chart.rows("by-verdict", "Verdicts of published events", null, "No published event yet.", items);
    }

    static Chart reviewQueue(Map<ClaimStatus, Long> byStatus, DashboardResource.QueueLength mine) {
        List<Chart.Item> items = new ArrayList<>();
        if (mine != null) {
            items.add(new Chart.Item("Waiting for your vote", mine.length(), mine.text()));
        }
        items.add(new Chart.Item("Open: reviews and a proposed verdict to come", byStatus.get(ClaimStatus.OPEN)));
        items.add(new Chart.Item("Proposed: waiting for an editor", byStatus.get(ClaimStatus.PROPOSED)));
        return Chart.rows("queue", "Review queue", null, "Nothing waits for review.", items);
    }
}
