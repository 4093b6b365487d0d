package org.corroborate.export;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.corroborate.problem.Problem;

/**
 * Where a consumer stopped reading, sent as an opaque url-safe token. Two kinds:
 * <ul>
 * <li>a <b>position</b> in the export's log ({@code seq}, a keyset, not an offset): reading from it gives what
 * changed after it;</li>
 * <li>a <b>page of the current state</b>: the log position {@code upTo} at which that state was taken, and the
 * last change number read of it ({@code seq}). Reading from it continues the same state by the same rules.</li>
 * </ul>
 *
 * @param upTo for a page of the current state, the log position it was taken at; 0 for a position
 */
public record EventCursor(long seq, long upTo) {

    private static final String POSITION = "e1:";
    private static final String CURRENT_STATE = "s1:";

    public static final EventCursor START = position(0);

    public static EventCursor position(long seq) {
        return new EventCursor(seq, 0);
    }

    /** The next page of the current state as of log position {@code upTo}, after change {@code seq}. */
    public static EventCursor inCurrentState(long seq, long upTo) {
        return new EventCursor(seq, upTo);
    }

    /** Whether this continues a current-state read rather than marking a position in the log. */
    public boolean continuesCurrentState() {
        return upTo > 0;
    }

    public String token() {
        String raw = continuesCurrentState() ? CURRENT_STATE + seq + ":" + upTo : POSITION + seq;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a token from {@link #token()}; a 400 naming {@code cursor} for anything else. */
    public static EventCursor parse(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            if (raw.startsWith(POSITION)) {
                return position(nonNegative(raw.substring(POSITION.length())));
            }
            if (raw.startsWith(CURRENT_STATE)) {
                String[] parts = raw.substring(CURRENT_STATE.length()).split(":", -1);
                if (parts.length != 2) {
                    throw new IllegalArgumentException("not a page of a current state");
                }
                long seq = nonNegative(parts[0]);
                long upTo = nonNegative(parts[1]);
                if (upTo == 0 || seq >= upTo) {
                    throw new IllegalArgumentException("not a page of a current state");
                }
                return inCurrentState(seq, upTo);
            }
            throw new IllegalArgumentException("unknown cursor version");
        } catch (RuntimeException e) {
            throw Problem.invalid("cursor", "is not a cursor this server gave out: pass nextCursor from an earlier answer");
        }
    }

    private static long nonNegative(String number) {
        long value = Long.parseLong(number);
        if (value < 0) {
            throw new IllegalArgumentException("negative");
        }
        return value;
    }
}
