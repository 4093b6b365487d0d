package org.corroborate.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.corroborate.problem.Problem;

/**
 * Where a consumer stopped reading: the last event's change time and claim id (a keyset, not an offset),
 * sent as an opaque url-safe token.
 */
public record EventCursor(Instant changedAt, long claimId) {

    public String token() {
        String raw = changedAt.getEpochSecond() + "." + changedAt.getNano() + "." + claimId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a token from {@link #token()}; a 400 naming {@code cursor} for anything else. */
    public static EventCursor parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length != 3) {
                throw new IllegalArgumentException("three parts expected");
            }
            return new EventCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            throw Problem.invalid("cursor", "is not a cursor this server gave out: pass nextCursor from an earlier answer");
        }
    }
}
