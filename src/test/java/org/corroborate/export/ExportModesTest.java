package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/**
 * The export's three readings of its log, as a consumer uses them: the current state (each event once, retracted
 * ones left out), the changes after a cursor (each changed event once, at its latest revision) and the history
 * (every revision).
 */
@QuarkusTest
class ExportModesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestUsers users;

    @Inject
    EntityManager entityManager;

    String alice;
    String bob;
    String editor;

    @BeforeEach
    void accounts() {
        alice = users.fresh("alice", Role.REVIEWER);
        bob = users.fresh("bob", Role.REVIEWER);
        editor = users.fresh("editor", Role.EDITOR);
    }

    private long published() {
        long claimId = Api.verifiableClaim(alice, bob);
        Api.publish(claimId, alice, editor);
        return claimId;
    }

    private void retract(long claimId) {
        Api.as(editor).body(Map.of("note", "The figures came from a misdated report."))
                .post("/api/claims/" + claimId + "/retraction").then().statusCode(200);
    }

    private static JsonPath events(String query) {
        return Api.anonymous().get("/api/events?" + query).then().statusCode(200).extract().jsonPath();
    }

    /** "crb-12@2": an event at one revision, as a consumer would key it. */
    private static List<String> revisions(List<Map<String, Object>> events) {
        return events.stream().map(e -> e.get("id") + "@" + e.get("revision")).toList();
    }

    private static List<String> ids(List<Map<String, Object>> events) {
        return events.stream().map(e -> (String) e.get("id")).toList();
    }

    /** Follows nextCursor from {@code cursor} (null: the start) until hasMore is false; answers the events and the last cursor. */
    private static Map.Entry<List<Map<String, Object>>, String> readOn(String cursor, String query, int limit) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; page < 100_000; page++) {
            RequestSpecification request = Api.anonymous().queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath answer = request.get("/api/events?" + query).then().statusCode(200).extract().jsonPath();
            all.addAll(answer.getList("events"));
            cursor = answer.getString("nextCursor");
            if (!answer.getBoolean("hasMore")) {
                return Map.entry(all, cursor);
            }
        }
        throw new AssertionError("the export never ended");
    }

    @Test
    void theCurrentStateHasEachEventOnceAndRetractedOnesOnlyWhenAskedInEveryFormat() throws Exception {
        long kept = published();
        long retracted = published();
        retract(retracted);

        JsonPath current = events("verdict=ALL&limit=1000000");
        assertThat(current.getString("mode")).isEqualTo("CURRENT");
        List<Map<String, Object>> events = current.getList("events");
        assertThat(ids(events)).doesNotHaveDuplicates().contains("crb-" + kept).doesNotContain("crb-" + retracted);
        assertThat(events).extracting(e -> e.get("status")).containsOnly("APPROVED");

        List<String> ndjson = Api.anonymous().get("/api/events?format=ndjson&verdict=ALL").then().statusCode(200)
                .extract().asString().lines().toList();
        List<String> ndjsonIds = new ArrayList<>();
        for (String line : ndjson) {
            JsonNode event = JSON.readTree(line);
            ndjsonIds.add(event.get("id").asText());
            assertThat(event.get("status").asText()).isEqualTo("APPROVED");
        }
        assertThat(ndjsonIds).doesNotHaveDuplicates().contains("crb-" + kept).doesNotContain("crb-" + retracted);

        String csvText = Api.anonymous().get("/api/events?format=csv&verdict=ALL").then().statusCode(200).extract().asString();
        try (CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csvText))) {
            List<CSVRecord> rows = csv.getRecords();
            assertThat(rows).extracting(r -> r.get("event_id_cnty")).doesNotHaveDuplicates()
                    .contains("crb-" + kept).doesNotContain("crb-" + retracted);
            assertThat(rows).extracting(r -> r.get("status")).containsOnly("APPROVED");
        }

        JsonNode geo = JSON.readTree(Api.anonymous().get("/api/events?format=geojson&verdict=ALL").then().statusCode(200)
                .extract().asString());
        List<String> featureIds = new ArrayList<>();
        geo.get("features").forEach(f -> {
            featureIds.add(f.get("id").asText());
            assertThat(f.get("properties").get("status").asText()).isEqualTo("APPROVED");
        });
        assertThat(featureIds).doesNotHaveDuplicates().contains("crb-" + kept).doesNotContain("crb-" + retracted);

        // asked for, a retracted event appears once, as its tombstone
        List<Map<String, Object>> all = events("verdict=ALL&status=ALL&limit=1000000").getList("events");
        assertThat(ids(all)).doesNotHaveDuplicates();
        assertThat(revisions(all)).contains("crb-" + kept + "@1", "crb-" + retracted + "@2")
                .doesNotContain("crb-" + retracted + "@1");
        List<Map<String, Object>> tombstones = events("verdict=ALL&status=RETRACTED&limit=1000000").getList("events");
        assertThat(tombstones).extracting(e -> e.get("status")).containsOnly("RETRACTED");
        assertThat(ids(tombstones)).contains("crb-" + retracted).doesNotContain("crb-" + kept);
    }

    @Test
    void pagingTheCurrentStateGivesExactlyOneBigAnswerWhileEventsChange() {
        long first = published();
        long second = published();
        published();
        retract(second);
        List<String> big = revisions(events("verdict=ALL&limit=1000000").getList("events"));

        // the first page, then the export changes, then the rest of the pages
        JsonPath page = events("verdict=ALL&limit=2");
        List<Map<String, Object>> paged = new ArrayList<>(page.getList("events"));
        assertThat(page.getBoolean("hasMore")).isTrue();
        long added = published();
        retract(first);
        var rest = readOn(page.getString("nextCursor"), "verdict=ALL", 2);
        paged.addAll(rest.getKey());

        assertThat(revisions(paged)).isEqualTo(big);
        // from where the state was taken, the consumer learns exactly what changed while it was paging
        JsonPath changes = Api.anonymous().queryParam("cursor", rest.getValue()).get("/api/events?verdict=ALL")
                .then().statusCode(200).extract().jsonPath();
        assertThat(changes.getString("mode")).isEqualTo("CHANGES");
        assertThat(revisions(changes.getList("events"))).containsExactly("crb-" + added + "@1", "crb-" + first + "@2");
    }

    @Test
    void changesFromAnOldCursorGiveEachChangedEventOnceAtItsLatestRevision() {
        String start = readOn(null, "verdict=ALL", 1000).getValue();
        JsonPath before = events("verdict=ALL&limit=1");
        long approved = published();
        long approvedThenRetracted = published();
        retract(approvedThenRetracted);
        long retractedLater = published();
        long approvedLast = published();
        retract(retractedLater);

        List<String> expected = List.of("crb-" + approved + "@1", "crb-" + approvedThenRetracted + "@2",
                "crb-" + approvedLast + "@1", "crb-" + retractedLater + "@2");
        assertThat(revisions(readOn(start, "verdict=ALL", 1000).getKey())).isEqualTo(expected);
        assertThat(revisions(readOn(start, "verdict=ALL", 1).getKey())).isEqualTo(expected);
        List<Map<String, Object>> since = Api.anonymous().queryParam("since", before.getString("generatedAt"))
                .get("/api/events?verdict=ALL&limit=1000000").then().statusCode(200).extract().jsonPath().getList("events");
        assertThat(revisions(since)).endsWith(expected.toArray(String[]::new)).doesNotHaveDuplicates();
        // the tombstones carry their retraction
        List<Map<String, Object>> changes = readOn(start, "verdict=ALL", 1000).getKey();
        assertThat(changes.get(1).get("status")).isEqualTo("RETRACTED");
        assertThat(((Map<?, ?>) changes.get(1).get("retraction")).get("note"))
                .isEqualTo("The figures came from a misdated report.");

        // the history from the same cursor is every revision, in log order
        assertThat(revisions(readOn(start, "verdict=ALL&history=true", 2).getKey())).containsExactly(
                "crb-" + approved + "@1", "crb-" + approvedThenRetracted + "@1", "crb-" + approvedThenRetracted + "@2",
                "crb-" + retractedLater + "@1", "crb-" + approvedLast + "@1", "crb-" + retractedLater + "@2");
    }

    @Test
    void theHistoryIsTheWholeLog() {
        long retracted = published();
        retract(retracted);
        JsonPath history = events("verdict=ALL&history=true&limit=1000000");
        assertThat(history.getString("mode")).isEqualTo("HISTORY");
        List<Map<String, Object>> events = history.getList("events");
        long logged = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("SELECT COUNT(r) FROM EventRevision r", Long.class).getSingleResult());
        assertThat(events).hasSize((int) logged);
        assertThat(revisions(events)).doesNotHaveDuplicates().containsSubsequence("crb-" + retracted + "@1",
                "crb-" + retracted + "@2");
        // in log order: each event's cursor is its change number, growing
        List<String> cursors = events.stream().map(e -> (String) e.get("cursor")).toList();
        List<Long> numbers = cursors.stream().map(c -> EventCursor.parse(c).seq()).toList();
        assertThat(numbers).isSorted();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        events.forEach(e -> byStatus.merge((String) e.get("status"), 1L, Long::sum));
        assertThat(byStatus).containsKeys("APPROVED", "RETRACTED");
    }

    @Test
    void parametersThatContradictTheModeAre400NamingTheField() {
        published();
        published();
        String pageCursor = events("verdict=ALL&limit=1").getString("nextCursor");
        Api.anonymous().get("/api/events?status=OPEN").then().statusCode(400).body("fields[0].field", equalTo("status"));
        Api.anonymous().get("/api/events?history=maybe").then().statusCode(400).body("fields[0].field", equalTo("history"));
        Api.anonymous().queryParam("cursor", pageCursor).get("/api/events?verdict=ALL&history=true").then().statusCode(400)
                .body("fields[0].field", equalTo("cursor"));
        Api.anonymous().queryParam("cursor", pageCursor).get("/api/events?verdict=ALL&since=2020-01-01").then()
                .statusCode(400).body("fields[0].field", equalTo("since"));
    }
}
