package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/** Every export format read back by a real parser or validator. */
@QuarkusTest
class ExportFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestUsers users;

    String alice;
    String bob;
    String editor;

    @BeforeEach
    void accounts() {
        alice = users.fresh("alice", Role.REVIEWER);
        bob = users.fresh("bob", Role.REVIEWER);
        editor = users.fresh("editor", Role.EDITOR);
    }

    static long approve(String alice, String bob, String editor, Map<String, Object> claimBody) {
        long claimId = Api.as(alice).body(claimBody).post("/api/claims").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Api.cite(alice, claimId, Api.createSource(alice, "Outlet A"), "SUPPORTS", "Army spokesman", true);
        Api.cite(alice, claimId, Api.createSource(alice, "Outlet B"), "SUPPORTS", "Provincial council member", false);
        Api.cite(alice, claimId, Api.createSource(alice, "Outlet C"), "CONTEXT", "District governor", false);
        Api.review(alice, claimId, 5);
        Api.review(bob, claimId, 4);
        Api.publish(claimId, alice, editor);
        return claimId;
    }

    private long approved() {
        return approve(alice, bob, editor, Api.claimBody());
    }

    private static JsonSchema schema() throws Exception {
        String text = RestAssured.get("/api/events/schema.json").then().statusCode(200)
                .contentType("application/schema+json").extract().asString();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text);
    }

    @Test
    void jsonValidatesAgainstThePublishedSchema() throws Exception {
        long claimId = approved();
        String body = RestAssured.get("/api/events?verdict=ALL&limit=1000000").then().statusCode(200)
                .contentType("application/json").extract().asString();
        JsonNode feed = JSON.readTree(body);
        Set<ValidationMessage> errors = schema().validate(feed);
        assertThat(errors).isEmpty();
        assertThat(feed.get("events").findValuesAsText("id")).contains("crb-" + claimId);
        JsonNode event = java.util.stream.StreamSupport.stream(feed.get("events").spliterator(), false)
                .filter(e -> e.get("claimId").asLong() == claimId).findFirst().orElseThrow();
        assertThat(event.get("location").get("pcode").asText()).isEqualTo("AF2308");
    }

    @Test
    void ndjsonIsOneSchemaValidEventPerLine() throws Exception {
        long claimId = approved();
        Response response = RestAssured.given().accept("application/x-ndjson").get("/api/events?verdict=ALL");
        response.then().statusCode(200).contentType("application/x-ndjson");
        String[] lines = response.asString().split("\n");
        JsonSchema schema = schema();
        boolean found = false;
        for (String line : lines) {
            JsonNode event = JSON.readTree(line);
            ObjectNode wrapped = JSON.createObjectNode().put("generatedAt", "2024-01-01T00:00:00Z")
                    .put("nextCursor", "x").put("hasMore", false);
            wrapped.putArray("events").add(event);
            assertThat(schema.validate(wrapped)).as(line).isEmpty();
            found |= event.get("claimId").asLong() == claimId;
        }
        assertThat(found).isTrue();
    }

    @Test
    void theProvinceFilterAlsoMatchesTheGazetteersNameOfWhatWasTyped() throws Exception {
        long claimId = approved(); // Ghor
        for (String typed : List.of("Ghor", "ghowr", "Ghor province")) {
            JsonNode feed = JSON.readTree(RestAssured.get("/api/events?verdict=ALL&limit=1000000&admin1=" + typed)
                    .then().statusCode(200).extract().asString());
            assertThat(feed.get("events").findValuesAsText("id")).as(typed).contains("crb-" + claimId);
        }
    }

    @Test
    void csvHasAcledColumnsAndOneRowPerEvent() throws Exception {
        Map<String, Object> body = Api.claimBody();
        body.put("statement", "Clashes, \"heavy\" ones,\nnear =Taywara");
        long claimId = approve(alice, bob, editor, body);
        Response response = RestAssured.get("/api/events?format=csv&verdict=ALL");
        response.then().statusCode(200).contentType("text/csv");
        try (CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.asString()))) {
            assertThat(csv.getHeaderNames()).containsExactly("event_id_cnty", "event_date", "year", "time_precision",
                    "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
                    "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country",
                    "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
                    "source_scale", "notes", "fatalities", "tags", "timestamp",
                    "status", "verdict", "revision", "fatalities_low", "fatalities_best", "fatalities_high",
                    "credibility", "claim_url", "pcode");
            CSVRecord row = csv.getRecords().stream().filter(r -> r.get("event_id_cnty").equals("crb-" + claimId))
                    .findFirst().orElseThrow();
            assertThat(row.get("event_date")).isEqualTo("2017-07-28");
            assertThat(row.get("year")).isEqualTo("2017");
            assertThat(row.get("time_precision")).isEqualTo("1");
            assertThat(row.get("event_type")).isEqualTo("Battles");
            assertThat(row.get("sub_event_type")).isEqualTo("Government regains territory");
            assertThat(row.get("admin1")).isEqualTo("Ghor");
            assertThat(row.get("admin2")).isEqualTo("Taywarah"); // the gazetteer's name for the typed "Taywara"
            assertThat(row.get("pcode")).isEqualTo("AF2308");
            assertThat(row.get("geo_precision")).isEqualTo("2");
            assertThat(row.get("disorder_type")).isEqualTo("Political violence");
            assertThat(row.get("iso")).isEqualTo("4");
            assertThat(row.get("region")).isEqualTo("Caucasus and Central Asia");
            assertThat(row.get("country")).isEqualTo("Afghanistan");
            // what the claim does not know stays empty, never guessed
            assertThat(List.of(row.get("assoc_actor_1"), row.get("inter1"), row.get("inter2"), row.get("interaction"),
                    row.get("civilian_targeting"), row.get("admin3"), row.get("source_scale"), row.get("tags")))
                    .containsOnly("");
            // the conservative figure, as ACLED codes it: the low one
            assertThat(row.get("fatalities")).isEqualTo("50");
            assertThat(row.get("fatalities_low")).isEqualTo("50");
            assertThat(row.get("fatalities_best")).isEqualTo("59");
            assertThat(row.get("source")).isEqualTo("Outlet A; Outlet B; Outlet C");
            assertThat(row.get("notes")).isEqualTo("Clashes, \"heavy\" ones,\nnear =Taywara");
            assertThat(row.get("verdict")).isEqualTo("VERIFIED");
            assertThat(row.get("claim_url")).endsWith("/public/claims/" + claimId);
            assertThat(Long.parseLong(row.get("timestamp"))).isPositive();
        }
    }

    @Test
    void geojsonHasAPointFeatureForEachLocatedEvent() throws Exception {
        long located = approved();
        Map<String, Object> noCoordinates = Api.claimBody();
        @SuppressWarnings("unchecked")
        Map<String, Object> location = (Map<String, Object>) noCoordinates.get("location");
        location.remove("latitude");
        location.remove("longitude");
        long unlocated = approve(alice, bob, editor, noCoordinates);

        JsonNode collection = JSON.readTree(RestAssured.given().accept("application/geo+json").get("/api/events?verdict=ALL")
                .then().statusCode(200).contentType("application/geo+json").extract().asString());
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        List<String> ids = collection.get("features").findValuesAsText("id");
        assertThat(ids).contains("crb-" + located).doesNotContain("crb-" + unlocated);
        for (JsonNode feature : collection.get("features")) {
            assertThat(feature.get("type").asText()).isEqualTo("Feature");
            JsonNode geometry = feature.get("geometry");
            assertThat(geometry.get("type").asText()).isEqualTo("Point");
            assertThat(geometry.get("coordinates")).hasSize(2);
            double longitude = geometry.get("coordinates").get(0).asDouble();
            double latitude = geometry.get("coordinates").get(1).asDouble();
            assertThat(longitude).isBetween(-180.0, 180.0);
            assertThat(latitude).isBetween(-90.0, 90.0);
            assertThat(feature.get("properties").get("location").get("longitude").asDouble()).isEqualTo(longitude);
            if (feature.get("id").asText().equals("crb-" + located)) {
                assertThat(feature.get("properties").get("location").get("pcode").asText()).isEqualTo("AF2308");
            }
        }
    }

    @Test
    void claimReviewHasTheRequiredProperties() throws Exception {
        long claimId = approved();
        JsonNode review = JSON.readTree(RestAssured.get("/api/claims/" + claimId + "/claimreview").then().statusCode(200)
                .contentType("application/ld+json").extract().asString());
        assertThat(review.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.get("claimReviewed").asText()).isEqualTo(Api.claimBody().get("statement"));
        assertThat(review.get("url").asText()).endsWith("/public/claims/" + claimId);
        assertThat(review.get("author").get("name").asText()).isNotBlank();
        assertThat(review.get("datePublished").asText()).isNotBlank();
        JsonNode rating = review.get("reviewRating");
        assertThat(rating.get("ratingValue").asInt()).isEqualTo(5);
        assertThat(rating.get("bestRating").asInt()).isEqualTo(5);
        assertThat(rating.get("worstRating").asInt()).isEqualTo(1);
        assertThat(rating.get("alternateName").asText()).isEqualTo("Verified");
        JsonNode item = review.get("itemReviewed");
        assertThat(item.get("@type").asText()).isEqualTo("Claim");
        assertThat(item.get("author").get("name").asText()).isEqualTo("Army spokesman");
        assertThat(item.get("appearance")).hasSize(3);
        assertThat(item.get("appearance").get(0).get("url").asText()).startsWith("https://");

        long open = Api.createClaim(alice);
        RestAssured.get("/api/claims/" + open + "/claimreview").then().statusCode(404);
    }

    @Test
    void thePublicPageEmbedsTheSameClaimReviewWithoutLettingTextOut() throws Exception {
        Map<String, Object> body = Api.claimBody();
        body.put("statement", "Forces retook the centre </script><script>alert(1)</script> on Friday.");
        long claimId = approve(alice, bob, editor, body);
        String page = RestAssured.get("/public/claims/" + claimId).then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain("<script>alert(1)</script>");
        int start = page.indexOf("<script type=\"application/ld+json\">");
        assertThat(start).isPositive();
        String embedded = page.substring(start + "<script type=\"application/ld+json\">".length(),
                page.indexOf("</script>", start));
        JsonNode fromPage = JSON.readTree(embedded);
        JsonNode fromApi = JSON.readTree(RestAssured.get("/api/claims/" + claimId + "/claimreview").asString());
        assertThat(fromPage).isEqualTo(fromApi);
    }

    @Test
    void formatIsChosenByParameterOrAcceptAndUnknownOnesAreRefused() {
        RestAssured.given().accept("text/csv").get("/api/events").then().statusCode(200).contentType("text/csv");
        RestAssured.given().accept("*/*").get("/api/events").then().statusCode(200).contentType("application/json");
        RestAssured.given().accept("text/csv").get("/api/events?format=ndjson").then().statusCode(200)
                .contentType("application/x-ndjson");
        RestAssured.given().accept("application/xml").get("/api/events").then().statusCode(406);
        RestAssured.get("/api/events?format=xml").then().statusCode(400).body("fields[0].field", equalTo("format"));
        RestAssured.get("/api/events?eventType=WAR").then().statusCode(400).body("fields[0].field", equalTo("eventType"));
        RestAssured.get("/api/events?from=2021-05-01&to=2021-04-01").then().statusCode(400)
                .body("fields[0].field", equalTo("from"));
    }

    @Test
    void filtersNarrowTheExport() throws Exception {
        Map<String, Object> kunduz = Api.claimBody();
        @SuppressWarnings("unchecked")
        Map<String, Object> location = (Map<String, Object>) kunduz.get("location");
        location.put("admin1", "Kunduz");
        kunduz.put("eventDate", "2021-06-22");
        long inKunduz = approve(alice, bob, editor, kunduz);
        long inGhor = approved();
        List<Object> ids = RestAssured.get("/api/events?admin1=kunduz&from=2021-06-01&to=2021-06-30&eventType=BATTLES")
                .then().statusCode(200).extract().jsonPath().getList("events.claimId");
        assertThat(ids).contains((int) inKunduz).doesNotContain((int) inGhor);
        assertThat(RestAssured.get("/api/events?eventType=PROTESTS&admin1=kunduz").then().extract().jsonPath()
                .getList("events")).isEmpty();
    }
}
