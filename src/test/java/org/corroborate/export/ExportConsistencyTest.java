package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/**
 * Mirrors page through the export while editors publish: the changes bring every event to its latest revision,
 * the history brings every revision once, and 304 saves work.
 */
@QuarkusTest
class ExportConsistencyTest {

    @Inject
    TestUsers users;

    /** The cursor at the current end of the feed. */
    private static String endCursor() {
        String cursor = null;
        for (int i = 0; i < 10_000; i++) {
            JsonPath page = RestAssured.given().queryParam("verdict", "ALL").queryParam("limit", 1000)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor)).get("/api/events").jsonPath();
            cursor = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                return cursor;
            }
        }
        throw new AssertionError("the feed never ended");
    }

    @Test
    void pagingWhilePublishingMissesNothing() throws Exception {
        String alice = users.fresh("alice", Role.REVIEWER);
        String bob = users.fresh("bob", Role.REVIEWER);
        String editor = users.fresh("editor", Role.EDITOR);
        List<Long> claims = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long claimId = Api.verifiableClaim(alice, bob);
            Api.as(alice).body(Map.of("verdict", "VERIFIED")).post("/api/claims/" + claimId + "/verdict").then()
                    .statusCode(200);
            claims.add(claimId);
        }
        long edited = Api.createClaim(alice);
        String start = endCursor();

        Set<String> expected = new HashSet<>();
        CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < claims.size(); i++) {
                long claimId = claims.get(i);
                Api.as(editor).body(Map.of("decision", "APPROVE")).post("/api/claims/" + claimId + "/decision").then()
                        .statusCode(200);
                expected.add(claimId + "@1");
                if (i % 3 == 0) {
                    Api.as(editor).body(Map.of("note", "Withdrawn after a correction."))
                            .post("/api/claims/" + claimId + "/retraction").then().statusCode(200);
                    expected.add(claimId + "@2");
                }
                // an open claim being edited meanwhile publishes nothing
                long version = Api.as(alice).get("/api/claims/" + edited).jsonPath().getLong("version");
                Map<String, Object> body = Api.claimBody();
                body.put("version", version);
                body.put("statement", "Edit number " + i + " of a claim that is still open.");
                Api.as(alice).body(body).put("/api/claims/" + edited).then().statusCode(200);
            }
        });

        // two mirrors page at once: one reads the changes, one the history
        List<String> changes = new ArrayList<>();
        List<String> history = new ArrayList<>();
        String changesCursor = start;
        String historyCursor = start;
        boolean drained = false;
        for (int request = 0; request < 50_000 && !drained; request++) {
            boolean finished = publishing.isDone();
            JsonPath changesPage = page(changesCursor, false, changes);
            JsonPath historyPage = page(historyCursor, true, history);
            changesCursor = changesPage.getString("nextCursor");
            historyCursor = historyPage.getString("nextCursor");
            // read on until the publisher had finished before pages that came back complete
            drained = finished && !changesPage.getBoolean("hasMore") && !historyPage.getBoolean("hasMore");
        }
        publishing.get(1, TimeUnit.MINUTES);

        assertThat(drained).as("the readers reached the end of the feed").isTrue();
        assertThat(history).doesNotHaveDuplicates();
        assertThat(history).containsExactlyInAnyOrderElementsOf(expected);

        // the changes show an event again only at a newer revision, and applying them latest-wins gives the end state
        assertThat(changes).doesNotHaveDuplicates();
        Map<String, Integer> mirror = new HashMap<>();
        for (String seen : changes) {
            String[] idAndRevision = seen.split("@");
            Integer previous = mirror.put(idAndRevision[0], Integer.valueOf(idAndRevision[1]));
            assertThat(previous == null || previous < Integer.parseInt(idAndRevision[1])).as(seen).isTrue();
        }
        Map<String, Integer> endState = new HashMap<>();
        for (String revision : expected) {
            String[] idAndRevision = revision.split("@");
            endState.merge(idAndRevision[0], Integer.valueOf(idAndRevision[1]), Math::max);
        }
        assertThat(mirror).isEqualTo(endState);
    }

    /** One page of two from {@code cursor}, its events added to {@code seen} as "claimId@revision". */
    private static JsonPath page(String cursor, boolean history, List<String> seen) {
        JsonPath page = RestAssured.given().queryParam("verdict", "ALL").queryParam("limit", 2)
                .queryParam("history", history).queryParam("cursor", cursor).get("/api/events").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> events = page.getList("events");
        for (Map<String, Object> event : events) {
            seen.add(event.get("claimId") + "@" + event.get("revision"));
        }
        return page;
    }

    @Test
    void aRepeatedConditionalRequestIs304UntilSomethingIsPublished() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String bob = users.fresh("bob", Role.REVIEWER);
        String editor = users.fresh("editor", Role.EDITOR);
        ExportFormatsTest.approve(alice, bob, editor, Api.claimBody());

        Response first = RestAssured.get("/api/events?verdict=ALL");
        first.then().statusCode(200);
        String etag = first.getHeader("ETag");
        String lastModified = first.getHeader("Last-Modified");
        assertThat(etag).isNotBlank();
        assertThat(lastModified).isNotBlank();

        RestAssured.given().header("If-None-Match", etag).get("/api/events?verdict=ALL").then().statusCode(304)
                .header("ETag", etag);
        RestAssured.given().header("If-Modified-Since", lastModified).get("/api/events?verdict=ALL").then()
                .statusCode(304);
        // another question has another tag
        String csvTag = RestAssured.get("/api/events?verdict=ALL&format=csv").getHeader("ETag");
        assertThat(csvTag).isNotEqualTo(etag);

        ExportFormatsTest.approve(alice, bob, editor, Api.claimBody());
        Response changed = RestAssured.given().header("If-None-Match", etag).get("/api/events?verdict=ALL");
        changed.then().statusCode(200);
        assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
    }
}
