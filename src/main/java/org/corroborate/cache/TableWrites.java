package org.corroborate.cache;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import org.corroborate.cache.ChangeFeed.Topic;

/**
 * Announces every write Hibernate sends to a {@link Topic}'s table, so that no write path has to remember to:
 * Hibernate hands this inspector each statement it prepares, whatever made it (an entity persisted, changed or
 * removed, also when flushed at commit; a bulk HQL update or delete; a native query). The topic's version moves
 * when the writing transaction ends ({@link ChangeFeed#changed}).
 * <p>Queries pass after a look at their first word, which is all the cost on a read; a cache hit sends no
 * statement at all. Anything else that names a topic's table anywhere (its target, a sub-query) counts as a write:
 * a statement counted that did not change the topic costs one read afresh, a write missed would serve stale data.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class TableWrites implements StatementInspector {

    /** A topic's table as a whole identifier, quoted or not, schema-qualified or not. */
    private static final Pattern TABLES = Pattern.compile(
            Stream.of(Topic.values()).map(topic -> Pattern.quote(topic.table))
                    .collect(Collectors.joining("|", "(?<![\\w$])(", ")(?![\\w$])")),
            Pattern.CASE_INSENSITIVE);

    private final ChangeFeed feed;

    TableWrites(ChangeFeed feed) {
        this.feed = feed;
    }

    @Override
    public String inspect(String sql) {
        for (Topic topic : written(sql)) {
            feed.changed(topic);
        }
        return sql;
    }

    /** The topics whose tables {@code sql} may write. */
    static Set<Topic> written(String sql) {
        if (isQuery(sql)) {
            return Collections.emptySet(); // its iterator is shared: nothing made per query
        }
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        Matcher table = TABLES.matcher(sql);
        while (table.find()) {
            Topic.ofTable(table.group(1)).ifPresent(topics::add);
        }
        return topics;
    }

    /** Whether {@code sql} is a SELECT, after any blanks, opening brackets and comments. */
    static boolean isQuery(String sql) {
        int at = 0;
        int length = sql.length();
        while (at < length) {
            char c = sql.charAt(at);
            if (Character.isWhitespace(c) || c == '(') {
                at++;
            } else if (sql.startsWith("/*", at)) {
                int end = sql.indexOf("*/", at + 2);
                at = end < 0 ? length : end + 2;
            } else if (sql.startsWith("--", at)) {
                int end = sql.indexOf('\n', at);
                at = end < 0 ? length : end + 1;
            } else {
                break;
            }
        }
        return sql.regionMatches(true, at, "select", 0, 6)
                && (at + 6 == length || !Character.isLetterOrDigit(sql.charAt(at + 6)) && sql.charAt(at + 6) != '_');
    }
}
