package org.corroborate.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateData;

/**
 * A bar chart drawn by the server as SVG ({@code tags/chart.html}): no script, no external service, readable
 * without either. The geometry is worked out here, in the SVG's own units, so the template only places it;
 * the SVG scales to the width of its box. {@code description} says every number in words, for screen readers.
 */
@TemplateData
public record Chart(String id, String title, String description, String caption, String emptyText, int width,
        int height, List<Bar> bars, List<Tick> ticks, Integer baselineY) {

    /** One count to draw: what it is, how many, and how to write the number ("100+" for a capped count). */
    public record Item(String label, long count, String shown) {

        public Item(String label, long count) {
            this(label, count, String.valueOf(count));
        }
    }

    /** A drawn bar: a label above it (rows) or none (columns), the bar, and its number beside it. */
    @TemplateData
    public record Bar(String label, String value, int labelY, int x, int y, int width, int height, Integer valueX,
            Integer valueY, boolean zero) {
    }

    /** A label on the axis of a column chart. */
    @TemplateData
    public record Tick(String label, int x, int y) {
    }

    static final int WIDTH = 320;
    private static final int ROW = 40;
    private static final int LONGEST_BAR = 250;
    private static final int COLUMNS_LEFT = 4;
    private static final int COLUMNS_TOP = 18;
    private static final int COLUMNS_HEIGHT = 100;

    public boolean empty() {
        return bars.isEmpty();
    }

    /**
     * One row per item, its label above a bar as long, against the longest, as its count. {@code comma} separates
     * the items in the description (",", or "،" in Dari and Pashto).
     */
    public static Chart rows(String id, String title, String caption, String emptyText, List<Item> items,
            String comma) {
        long max = items.stream().mapToLong(Item::count).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int top = 0;
        for (Item item : items) {
            int length = scale(item.count(), max, LONGEST_BAR);
            bars.add(new Bar(item.label(), item.shown(), top + 14, 0, top + 20, Math.max(length, 2), 14,
                    length + 6, top + 32, item.count() == 0));
            top += ROW;
        }
        boolean nothing = max == 0;
        return new Chart(id, title, describe(items, comma), caption, emptyText, WIDTH, Math.max(top, 1),
                nothing ? List.of() : bars, List.of(), null);
    }

    /**
     * One column per period, oldest on the left; {@code ticks} names the periods whose labels are written
     * under the axis (null for the others), so a long series stays legible. {@code most} is written above the
     * columns: the largest count in words ("most in a month: 12").
     */
    public static Chart columns(String id, String title, String caption, String emptyText, List<Item> items,
            List<String> ticks, String most, String comma) {
        long max = items.stream().mapToLong(Item::count).max().orElse(0);
        int pitch = items.isEmpty() ? 0 : (WIDTH - COLUMNS_LEFT) / items.size();
        int baseline = COLUMNS_TOP + COLUMNS_HEIGHT;
        List<Bar> bars = new ArrayList<>();
        List<Tick> labels = new ArrayList<>();
        labels.add(new Tick(most, COLUMNS_LEFT, 11));
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int x = COLUMNS_LEFT + i * pitch;
            int length = scale(item.count(), max, COLUMNS_HEIGHT);
            bars.add(new Bar(item.label(), item.shown(), 0, x, baseline - length, Math.max(pitch - 3, 1), length,
                    null, null, item.count() == 0));
            if (ticks.get(i) != null) {
                labels.add(new Tick(ticks.get(i), x, baseline + 16));
            }
        }
        return new Chart(id, title, describe(items.stream().filter(i -> i.count() > 0).toList(), comma), caption, emptyText,
                WIDTH, baseline + 22, max == 0 ? List.of() : bars, labels, baseline);
    }

    private static int scale(long count, long max, int longest) {
        return max == 0 ? 0 : (int) Math.round((double) count * longest / max);
    }

    private static String describe(List<Item> items, String comma) {
        return items.stream().map(i -> i.label() + ": " + i.shown()).collect(Collectors.joining(comma + " "));
    }
}
