package org.corroborate.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A comma-separated table as RFC 4180 writes it (quoted fields may hold commas, quotes doubled, line breaks), with a
 * header row; column names are matched without regard to case. Each row keeps the line of the file it starts on, so
 * a refusal can name it.
 */
public final class CsvTable {

    /** One data row: the line it starts on (the header is line 1) and its fields. */
    public record Row(int line, List<String> fields) {
    }

    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Row> rows;

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = header;
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toUpperCase(Locale.ROOT), i);
        }
        this.rows = rows;
    }

    /** Reads {@code text}; an unclosed quote is refused with the line it opened on. */
    public static CsvTable parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                quoteLine = line;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addRow(rows, rowLine, fields);
                fields = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + quoteLine + ": a quoted field is never closed");
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            addRow(rows, rowLine, fields);
        }
        if (rows.isEmpty()) {
            return new CsvTable(List.of(), List.of());
        }
        return new CsvTable(rows.get(0).fields(), List.copyOf(rows.subList(1, rows.size())));
    }

    private static void addRow(List<Row> rows, int line, List<String> fields) {
        boolean blank = fields.stream().allMatch(String::isBlank);
        if (!blank) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The index of the first column named {@code name} (any case), if there is one. */
    public Optional<Integer> column(String name) {
        return Optional.ofNullable(columns.get(name.toUpperCase(Locale.ROOT)));
    }

    /** The stripped value of {@code column} in {@code row}; "" when the row is shorter. */
    public static String value(Row row, int column) {
        return column < row.fields().size() ? row.fields().get(column).strip() : "";
    }
}
