package org.corroborate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.corroborate.cache.ChangeFeed.Topic;

/** What the cache promises its users, on a feed of its own: no database, no application. */
class FleetCacheTest {

    private final FakeTransactions transactions = new FakeTransactions();
    private final ChangeFeed feed = transactions.feed();
    private final FleetCache<String, String> claims = new FleetCache<>(feed, Topic.CLAIMS, 10);
    /** Every read made, in order. */
    private final List<String> reads = new ArrayList<>();

    @Test
    void aReadIsRememberedUntilItsTopicChanges() {
        assertThat(claims.get("list", read("first"))).isEqualTo("first");
        assertThat(claims.get("list", read("second"))).isEqualTo("first");
        assertThat(claims.known("list")).contains("first");

        feed.changed(Topic.ACCOUNTS);
        assertThat(claims.get("list", read("third"))).as("another topic changed").isEqualTo("first");

        feed.changed(Topic.CLAIMS);
        assertThat(claims.known("list")).isEmpty();
        assertThat(claims.get("list", read("fourth"))).isEqualTo("fourth");
        assertThat(reads).containsExactly("first", "fourth");
    }

    @Test
    void aWriteInATransactionMovesTheVersionOnceWhenItCommits() {
        long before = feed.version(Topic.CLAIMS);
        transactions.begin();
        feed.changed(Topic.CLAIMS);
        feed.changed(Topic.CLAIMS);
        assertThat(feed.version(Topic.CLAIMS)).as("before the commit").isEqualTo(before);
        transactions.commit();
        assertThat(feed.version(Topic.CLAIMS)).isEqualTo(before + 1);
    }

    @Test
    void aWriteInATransactionMovesTheVersionWhenItRollsBack() {
        claims.get("list", read("before"));
        transactions.begin();
        feed.changed(Topic.CLAIMS);
        transactions.rollback();

        assertThat(claims.get("list", read("after"))).isEqualTo("after");
    }

    @Test
    void aReadInsideATransactionIsNotServedFromMemory() {
        claims.get("list", read("outside"));
        transactions.begin();
        assertThat(claims.known("list")).isEmpty();
        assertThat(claims.get("list", read("inside"))).isEqualTo("inside");
        transactions.commit();

        assertThat(claims.get("list", read("later"))).as("outside again, nothing changed").isEqualTo("outside");
    }

    @Test
    void aReadMadeInsideATransactionIsNotKept() {
        transactions.begin();
        claims.get("list", read("inside"));
        transactions.commit();

        assertThat(claims.get("list", read("outside"))).isEqualTo("outside");
    }

    @Test
    void aChangeMadeDuringTheReadIsReadAfreshNextTime() {
        assertThat(claims.get("list", () -> {
            feed.changed(Topic.CLAIMS); // committed by another thread while this one read
            return "old";
        })).isEqualTo("old");

        assertThat(claims.get("list", read("new"))).isEqualTo("new");
    }

    @Test
    void anInstanceOutOfStepWithTheFleetReadsEverythingAfresh() {
        ChangeFeed notListening = new ChangeFeed(transactions,
                FakeTransactions.database("jdbc:postgresql://127.0.0.1:9/nowhere"));
        FleetCache<String, String> cache = new FleetCache<>(notListening, Topic.CLAIMS, 10);

        assertThat(notListening.inStep()).isFalse();
        cache.get("list", read("first"));
        assertThat(cache.known("list")).isEmpty();
        assertThat(cache.get("list", read("second"))).isEqualTo("second");
    }

    @Test
    void pastItsSizeTheCacheStartsOver() {
        FleetCache<String, String> small = new FleetCache<>(feed, Topic.CLAIMS, 2);
        small.get("a", read("a1"));
        small.get("b", read("b1"));
        assertThat(small.get("a", read("a2"))).isEqualTo("a1");

        small.get("c", read("c1"));

        assertThat(small.get("a", read("a3"))).isEqualTo("a3");
    }

    private Supplier<String> read(String value) {
        return () -> {
            reads.add(value);
            return value;
        };
    }
}
