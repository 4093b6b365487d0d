package org.corroborate.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One read shape for the reads that go to JDBC directly: each column named once, with where its value goes. The
 * select list and the row reader both come from this declaration, so they cannot fall out of step, and a new column
 * is one more line here. Columns are read in the order declared, starting at any position, so several shapes can
 * share one row of a join.
 *
 * @param <T> what a row becomes
 */
public final class RowMapping<T> {

    /** How one column's value is read and where it goes. */
    private interface Column<T> {
        void read(ResultSet rs, int position, T target) throws SQLException;
    }

    private interface Reader<V> {
        V read(ResultSet rs, int position) throws SQLException;
    }

    private final Supplier<T> factory;
    private final List<String> names;
    private final List<Column<T>> columns;

    private RowMapping(Supplier<T> factory, List<String> names, List<Column<T>> columns) {
        this.factory = factory;
        this.names = List.copyOf(names);
        this.columns = List.copyOf(columns);
    }

    /** A mapping into what {@code factory} makes, its columns added by the builder's methods. */
    public static <T> Builder<T> of(Supplier<T> factory) {
        return new Builder<>(factory);
    }

    /** The columns, each prefixed with {@code alias}: {@code "c.id, c.statement, …"}. */
    public String select(String alias) {
        return names.stream().map(name -> alias + "." + name).collect(Collectors.joining(", "));
    }

    /** How many columns this shape reads. */
    public int width() {
        return columns.size();
    }

    /** The shape read from the current row, its first column at {@code first} (1-based, as JDBC counts). */
    public T read(ResultSet rs, int first) throws SQLException {
        T target = factory.get();
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).read(rs, first + i, target);
        }
        return target;
    }

    /** Declares a mapping's columns in the order they are selected and read. */
    public static final class Builder<T> {

        private final Supplier<T> factory;
        private final List<String> names = new ArrayList<>();
        private final List<Column<T>> columns = new ArrayList<>();

        private Builder(Supplier<T> factory) {
            this.factory = factory;
        }

        public Builder<T> longValue(String name, BiConsumer<T, Long> into) {
            return add(name, ResultSet::getLong, into);
        }

        /** A whole number that may be NULL (a reference to another row that may be missing). */
        public Builder<T> nullableLong(String name, BiConsumer<T, Long> into) {
            return add(name, Columns::nullableLong, into);
        }

        public Builder<T> integer(String name, BiConsumer<T, Integer> into) {
            return add(name, Columns::integer, into);
        }

        public Builder<T> decimal(String name, BiConsumer<T, Double> into) {
            return add(name, Columns::decimal, into);
        }

        public Builder<T> bool(String name, BiConsumer<T, Boolean> into) {
            return add(name, ResultSet::getBoolean, into);
        }

        public Builder<T> text(String name, BiConsumer<T, String> into) {
            return add(name, ResultSet::getString, into);
        }

        public Builder<T> date(String name, BiConsumer<T, LocalDate> into) {
            return add(name, Columns::localDate, into);
        }

        public Builder<T> instant(String name, BiConsumer<T, Instant> into) {
            return add(name, Columns::instant, into);
        }

        public <E extends Enum<E>> Builder<T> enumOf(String name, Class<E> type, BiConsumer<T, E> into) {
            return add(name, (rs, position) -> Columns.enumOf(type, rs, position), into);
        }

        public RowMapping<T> build() {
            return new RowMapping<>(factory, names, columns);
        }

        private <V> Builder<T> add(String name, Reader<V> reader, BiConsumer<T, V> into) {
            names.add(name);
            columns.add((rs, position, target) -> into.accept(target, reader.read(rs, position)));
            return this;
        }
    }
}
