package org.corroborate.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestClaims;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/** One review per reviewer per claim, also when the same reviewer's writes race. */
@QuarkusTest
class ReviewServiceTest {

    @Inject
    ReviewService reviews;

    @Inject
    TestClaims fixtures;

    @Inject
    TestUsers users;

    @Test
    void aSecondReviewOfTheSameReviewerReplacesTheFirst() {
        String alice = users.fresh("alice", Role.REVIEWER);
        long id = fixtures.open(alice);

        ReviewService.Written first = reviews.writeMine(id,
                new ReviewInput(2, "Only the ministry says so.", Set.of(ReviewTag.SINGLE_SOURCE)), alice);
        ReviewService.Written second = reviews.writeMine(id,
                new ReviewInput(4, "A council member confirms it now.", Set.of(ReviewTag.INDEPENDENT_CONFIRMATION)),
                alice);

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.review().id).isEqualTo(first.review().id);
        List<Review> stored = QuarkusTransaction.requiringNew().call(() -> Review.ofClaim(id));
        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.rating).isEqualTo(4);
            assertThat(r.rationale).isEqualTo("A council member confirms it now.");
            assertThat(r.tagSet()).containsExactly(ReviewTag.INDEPENDENT_CONFIRMATION);
        });
    }

    @Test
    void reviewsOfDifferentReviewersAreKeptApart() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String bob = users.fresh("bob", Role.REVIEWER);
        long id = fixtures.open(alice);

        assertThat(reviews.writeMine(id, new ReviewInput(2, "Only the ministry says so.", Set.of()), alice).created())
                .isTrue();
        assertThat(reviews.writeMine(id, new ReviewInput(5, "Seen it confirmed locally.", Set.of()), bob).created())
                .isTrue();

        assertThat(QuarkusTransaction.requiringNew().call(() -> Review.ofClaim(id)))
                .extracting(r -> r.reviewer, r -> r.rating)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(alice, 2),
                        org.assertj.core.groups.Tuple.tuple(bob, 5));
    }

    @Test
    void concurrentWritesOfOneReviewerEndInExactlyOneReview() throws Exception {
        String alice = users.fresh("alice", Role.REVIEWER);
        long id = fixtures.open(alice);
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<ReviewService.Written>> results = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                int rating = i % 5 + 1;
                results.add(pool.submit(() -> {
                    start.await();
                    return reviews.writeMine(id, new ReviewInput(rating, "Written by thread rated " + rating, Set.of()),
                            alice);
                }));
            }
            start.countDown();
            List<ReviewService.Written> written = new ArrayList<>();
            for (Future<ReviewService.Written> result : results) {
                written.add(result.get(30, TimeUnit.SECONDS)); // every write succeeds: none is lost to the race
            }

            assertThat(written).filteredOn(ReviewService.Written::created).hasSize(1);
            List<Review> stored = QuarkusTransaction.requiringNew().call(() -> Review.ofClaim(id));
            assertThat(stored).singleElement().satisfies(r -> {
                assertThat(r.reviewer).isEqualTo(alice);
                assertThat(r.rating).isBetween(1, 5);
                assertThat(r.rationale).isEqualTo("Written by thread rated " + r.rating);
            });
        } finally {
            pool.shutdownNow();
        }
    }
}
