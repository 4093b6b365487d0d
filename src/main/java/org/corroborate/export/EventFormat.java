package org.corroborate.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;

/** The export's formats, chosen by the {@code format} parameter or the {@code Accept} header. */
public enum EventFormat {
    JSON("application/json"),
    NDJSON("application/x-ndjson"),
    CSV("text/csv"),
    GEOJSON("application/geo+json");

    public final MediaType mediaType;

    EventFormat(String mediaType) {
        this.mediaType = MediaType.valueOf(mediaType);
    }

    /** The format named by a {@code format} parameter value ({@code json}, {@code ndjson}, {@code csv}, {@code geojson}). */
    public static Optional<EventFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst();
    }

    /** The format of a media type the client accepts, if it is one of ours. */
    public static Optional<EventFormat> of(MediaType accepted) {
        return Arrays.stream(values()).filter(f -> f.mediaType.isCompatible(accepted) && !accepted.isWildcardType()
                && !accepted.isWildcardSubtype()).findFirst();
    }
}
