package org.corroborate.cache;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.corroborate.cache.ChangeFeed.Topic;

/**
 * Reads remembered by key until their {@link Topic} changes anywhere in the fleet, and read afresh whenever the
 * {@link ChangeFeed} is out of step and inside transactions (a page's read outside one is what is remembered).
 * Values must not change once read (records, immutable lists).
 *
 * @param <K> a key with equals and hashCode
 * @param <V> what is read
 */
public final class FleetCache<K, V> {

    private record Entry<V>(long version, V value) {
    }

    private final ChangeFeed feed;
    /** What the remembered reads read: a change to any of them makes them be read afresh. */
    private final Topic[] topics;
    private final int maxEntries;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    /** At most {@code maxEntries} are kept: past that they start over (free-text filters make keys without end). */
    public FleetCache(ChangeFeed feed, Topic topic, int maxEntries) {
        this(feed, EnumSet.of(topic), maxEntries);
    }

    /** Reads that join several topics' tables, remembered until any of them changes. */
    public FleetCache(ChangeFeed feed, Set<Topic> topics, int maxEntries) {
        this.feed = feed;
        this.topics = topics.toArray(Topic[]::new);
        this.maxEntries = maxEntries;
    }

    /** The topics' versions together: their sum, which moves whenever any of them moves (each only grows). */
    private long version() {
        long sum = 0;
        for (Topic topic : topics) {
            sum += feed.version(topic);
        }
        return sum;
    }

    /** The value remembered for {@code key} if it is still good, without reading anything. */
    public Optional<V> known(K key) {
        Entry<V> entry = entries.get(key);
        return entry != null && entry.version == version() && feed.inStep() && !feed.inTransaction()
                ? Optional.of(entry.value) : Optional.empty();
    }

    /** The value remembered for {@code key} if it is still good, or a new one from {@code read}, remembered. */
    public V get(K key, Supplier<V> read) {
        Optional<V> known = known(key);
        if (known.isPresent()) {
            return known.get();
        }
        // the version before the read: a change committed during it moves the version, so this value is not used
        long version = version();
        V value = read.get();
        if (feed.inTransaction()) {
            return value; // it may show this transaction's writes, which may yet be rolled back
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(version, value));
        return value;
    }
}
