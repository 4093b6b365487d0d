package org.corroborate.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers of a pure function, remembered by their question: at most {@code maxEntries}, past which they start over
 * (questions without end, or an older gazetteer's, are let go). Values must not be null; wrap them in an Optional.
 *
 * @param <K> the question, with equals and hashCode
 * @param <V> its answer
 */
public final class Remembered<K, V> {

    private final int maxEntries;
    private final Map<K, V> answers = new ConcurrentHashMap<>();

    public Remembered(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The answer remembered for {@code key}, or {@code compute}'s, remembered. */
    public V get(K key, Function<K, V> compute) {
        V known = answers.get(key);
        if (known == null) {
            known = compute.apply(key);
            if (answers.size() >= maxEntries) {
                answers.clear();
            }
            answers.put(key, known);
        }
        return known;
    }
}
