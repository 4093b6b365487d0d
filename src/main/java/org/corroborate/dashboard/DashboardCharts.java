package org.corroborate.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.corroborate.claim.ClaimStatistics.MonthCount;
import org.corroborate.claim.ClaimStatistics.ProvinceCount;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.Verdict;
import org.corroborate.i18n.Language;
import org.corroborate.i18n.Texts;

/**
 * The dashboard's pictures, from the counts {@link org.corroborate.claim.ClaimStatistics} gives, with their titles,
 * labels and numbers in the page's language.
 */
final class DashboardCharts {

    /** Months the events-by-month picture spans, ending with the latest month that has an event. */
    static final int MONTHS = 24;
    /** Provinces drawn one by one; the rest are summed into one bar. */
    static final int PROVINCES = 8;

    private final ReferenceTexts ref;
    private final Language language;

    DashboardCharts(Language language) {
        this.ref = Texts.of(ReferenceTexts.class, language);
        this.language = language;
    }

    Chart eventsByMonth(List<MonthCount> counts) {
        String title = ref.eventsByMonth();
        if (counts.isEmpty()) {
            return Chart.columns("by-month", title, null, ref.noPublishedEvent(), List.of(), List.of(), "", ref.comma());
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
            items.add(item(month(month), perMonth[i]));
            boolean january = month.getMonthValue() == 1;
            boolean roomBeforeJanuary = i == 0 && month.getMonthValue() <= 7;
            ticks.add(january ? number(month.getYear()) : roomBeforeJanuary ? month(month) : null);
        }
        String caption = ref.byMonthCaption(number(MONTHS), month(last)) + (earlier == 0 ? ""
                : " " + (earlier == 1 ? ref.earlierEventNotDrawn(number(earlier)) : ref.earlierEventsNotDrawn(number(earlier))));
        long most = Arrays.stream(perMonth).max().orElse(0);
        return Chart.columns("by-month", title, caption, null, items, ticks, ref.mostInAMonth(number(most)), ref.comma());
    }

    Chart eventsByProvince(List<ProvinceCount> top, long published) {
        List<Chart.Item> items = new ArrayList<>(top.stream().map(p -> item(p.province(), p.count())).toList());
        long others = published - top.stream().mapToLong(ProvinceCount::count).sum();
        if (others > 0) {
            items.add(item(ref.otherProvinces(), others));
        }
        return Chart.rows("by-province", ref.eventsByProvince(),
                top.size() == PROVINCES ? ref.topProvincesCaption(number(PROVINCES)) : null, ref.noPublishedEvent(),
                items, ref.comma());
    }

    Chart verdicts(Map<Verdict, Long> published) {
        List<Chart.Item> items = Arrays.stream(Verdict.values())
                .map(v -> item(Texts.label(v, language), published.getOrDefault(v, 0L))).toList();
        return Chart.rows("by-verdict", ref.verdictsOfPublishedEvents(), null, ref.noPublishedEvent(), items, ref.comma());
    }

    Chart reviewQueue(Map<ClaimStatus, Long> byStatus, DashboardResource.QueueLength mine) {
        List<Chart.Item> items = new ArrayList<>();
        if (mine != null) {
            items.add(new Chart.Item(ref.queueWaitingForYourVote(), mine.length(), Texts.digits(mine.text(), language)));
        }
        items.add(item(ref.queueOpen(), byStatus.get(ClaimStatus.OPEN)));
        items.add(item(ref.queueProposed(), byStatus.get(ClaimStatus.PROPOSED)));
        return Chart.rows("queue", ref.reviewQueue(), null, ref.nothingWaitsForReview(), items, ref.comma());
    }

    /** "Jun 2021", "جون ۲۰۲۱": the chart's short name of a month. */
    private String month(YearMonth month) {
        return ref.monthOfYear(month.getMonthValue(), number(month.getYear()));
    }

    private String number(long n) {
        return Texts.digits(String.valueOf(n), language);
    }

    private Chart.Item item(String label, long count) {
        return new Chart.Item(label, count, number(count));
    }
}
