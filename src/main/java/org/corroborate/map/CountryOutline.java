package org.corroborate.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Afghanistan's border as an SVG path in the map's units, from {@code map/afghanistan.json} (longitude/latitude
 * rings made once from Natural Earth by {@code tools/afghanistan-outline.mjs}; docs/MAP.md). Read and projected
 * once, when the class loads.
 */
public final class CountryOutline {

    static final String RESOURCE = "/map/afghanistan.json";

    /** The path's {@code d}: one closed figure per ring. */
    public static final String PATH;
    /** The smallest box around the drawn outline, in the map's units: minX, minY, maxX, maxY. */
    static final double[] BOUNDS;

    static {
        double[] bounds = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        StringBuilder d = new StringBuilder();
        for (JsonNode ring : read().get("rings")) {
            for (int i = 0; i < ring.size(); i++) {
                JsonNode place = ring.get(i);
                MapProjection.Point p = MapProjection.project(place.get(1).asDouble(), place.get(0).asDouble())
                        .orElseThrow(() -> new IllegalStateException(RESOURCE + " has " + place + " outside the map"));
                d.append(i == 0 ? 'M' : 'L').append(MapProjection.write(p.x())).append(' ').append(MapProjection.write(p.y()));
                bounds[0] = Math.min(bounds[0], p.x());
                bounds[1] = Math.min(bounds[1], p.y());
                bounds[2] = Math.max(bounds[2], p.x());
                bounds[3] = Math.max(bounds[3], p.y());
            }
            d.append('Z');
        }
        PATH = d.toString();
        BOUNDS = bounds;
    }

    private CountryOutline() {
    }

    private static JsonNode read() {
        try (InputStream in = CountryOutline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
