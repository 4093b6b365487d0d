package org.corroborate.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a correction changed, as a history entry's note says it: "Citation #12 edited: stance SUPPORTS → REFUTES;
 * stated figure 'at least 20' → 'at least 21'". Text is quoted and shortened, so a note stays readable and fits.
 */
public final class ChangeNote {

    /** Longer text values are cut to this many characters in a note. */
    static final int VALUE_MAX = 80;

    private final List<String> changes = new ArrayList<>();

    /** A text field: quoted, "none" when empty; nothing noted when it did not change. */
    public ChangeNote text(String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + " " + quoted(before) + " → " + quoted(after));
        }
        return this;
    }

    /** Any other value (a date, a choice, a number), as it prints; nothing noted when it did not change. */
    public ChangeNote value(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + " " + plain(before) + " → " + plain(after));
        }
        return this;
    }

    /** Every field whose value differs between two snapshots of a record, keyed alike and in order. */
    public ChangeNote values(Map<String, ?> before, Map<String, ?> after) {
        before.forEach((field, old) -> {
            Object now = after.get(field);
            if (old instanceof String || now instanceof String) {
                text(field, (String) old, (String) now);
            } else {
                value(field, old, now);
            }
        });
        return this;
    }

    /** A change described in words of its own ("full text replaced"). */
    public ChangeNote add(String change) {
        changes.add(change);
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** "{subject}: change; change", e.g. "Citation #12 edited: stance SUPPORTS → REFUTES". */
    public String of(String subject) {
        return changes.isEmpty() ? subject : subject + ": " + String.join("; ", changes);
    }

    /** Text as a note quotes it: 'at least 21', shortened past {@link #VALUE_MAX}; "none" when empty. */
    public static String quoted(String text) {
        if (text == null) {
            return "none";
        }
        String oneLine = text.replaceAll("\\s+", " ");
        return "'" + (oneLine.length() > VALUE_MAX ? oneLine.substring(0, VALUE_MAX - 1) + "…" : oneLine) + "'";
    }

    private static String plain(Object value) {
        return value == null ? "none" : String.valueOf(value);
    }
}
