package org.corroborate.map;

import java.util.Locale;
import java.util.Optional;

/**
 * Longitude and latitude to the map's own units: an equirectangular projection fitted to Afghanistan's bounding
 * box, east–west distances shrunk by the cosine of the box's middle latitude so the country keeps its shape. Over
 * ten degrees of latitude this errs by a few per cent at the edges, far less than a dot's size. Places outside the
 * box are not projected: a dot on the border would say the event happened there.
 */
public final class MapProjection {

    /** The box, in degrees: Natural Earth's outline (60.49–74.89°E, 29.39–38.46°N) with a little room around it. */
    static final double WEST = 60.4;
    static final double EAST = 75.0;
    static final double SOUTH = 29.3;
    static final double NORTH = 38.6;

    /** The map's width in its own units; the height follows from the box. */
    public static final int WIDTH = 400;
    private static final double SHRINK = Math.cos(Math.toRadians((SOUTH + NORTH) / 2));
    private static final double UNITS_PER_DEGREE = WIDTH / ((EAST - WEST) * SHRINK);
    public static final int HEIGHT = (int) Math.ceil((NORTH - SOUTH) * UNITS_PER_DEGREE);

    /** A place on the map, in its units from the top left, to a tenth. */
    public record Point(double x, double y) {
    }

    private MapProjection() {
    }

    /** Where a place lies on the map, or empty when it lies outside the box (or is not a place at all). */
    public static Optional<Point> project(double latitude, double longitude) {
        if (!(latitude >= SOUTH && latitude <= NORTH && longitude >= WEST && longitude <= EAST)) {
            return Optional.empty(); // also NaN
        }
        return Optional.of(new Point(tenth((longitude - WEST) * SHRINK * UNITS_PER_DEGREE),
                tenth((NORTH - latitude) * UNITS_PER_DEGREE)));
    }

    /** "123.4", "120": units as the SVG gets them, without a trailing ".0", to keep the outline's path short. */
    public static String write(double units) {
        return units == Math.rint(units) ? String.valueOf((long) units) : String.format(Locale.ROOT, "%.1f", units);
    }

    private static double tenth(double units) {
        return Math.round(units * 10) / 10.0;
    }
}
