package org.corroborate.place;

import java.time.Instant;
import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * What an import changed: places new to the gazetteer, renamed (the old name stays a spelling it answers to), moved
 * (centroid more than {@value #MOVED_KM} km away), and removed (kept, flagged, because claims may name them), and how
 * many stayed as they were.
 */
@TemplateData
public record ImportReport(List<Change> added, List<Rename> renamed, List<Move> moved, List<Change> removed, int unchanged,
        String by, Instant at) {

    /** A centroid that moves less than this is the same place redrawn, not a move. */
    public static final double MOVED_KM = 1.0;

    /** A place added or removed. */
    @TemplateData
    public record Change(String pcode, String admin1, String admin2) {
    }

    @TemplateData
    public record Rename(String pcode, String from, String to) {
    }

    @TemplateData
    public record Move(String pcode, String name, Double fromLatitude, Double fromLongitude, double latitude,
            double longitude, Double km) {
    }

    public int changes() {
        return added.size() + renamed.size() + moved.size() + removed.size();
    }
}
