package org.corroborate.export;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.corroborate.problem.Problem;

/**
 * Where a consumer stopped reading: the export change number of the last event it read (a keyset, not an
 * offset), sent as an opaque url-safe token.
 */
public record EventCursor(long seq) {

    private static final String PREFIX = "e1:";

    public static final EventCursor START = new EventCursor(0);

    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + seq).getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a token from {@link #token()}; a 400 naming {@code cursor} for anything else. */
    public static EventCursor parse(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            if (!raw.startsWith(PREFIX)) {
                throw new IllegalArgumentException("unknown cursor version");
            }
            long seq = Long.parseLong(raw.substring(PREFIX.length()));
            if (seq < 0) {
                throw new IllegalArgumentException("negative");
            }
            return new EventCursor(seq);
        } catch (RuntimeException e) {
            throw Problem.invalid("cursor", "is not a cursor this server gave out: pass nextCursor from an earlier answer");
        }
    }
}
