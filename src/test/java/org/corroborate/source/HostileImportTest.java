package org.corroborate.source;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;

/**
 * Hostile files through both import endpoints (the API's text/plain body and the page's upload): binary, not
 * UTF-8, oversized, pathological, with NUL characters in the side fields. Each is imported or refused with a
 * clear 4xx (JSON on the API, the form again on the page); none is a 5xx.
 */
@QuarkusTest
public class HostileImportTest {

    @Inject
    TestUsers users;

    /** Named hostile articles, as bytes. */
    public static Map<String, byte[]> hostile() {
        Map<String, byte[]> cases = new LinkedHashMap<>();
        Random random = new Random(6);
        byte[] binary = new byte[64 * 1024];
        random.nextBytes(binary);
        cases.put("random binary", binary);
        byte[] png = new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
        cases.put("an image", png);
        cases.put("malformed UTF-8", concat("date 2021-06-22 Outlet - Troops ".getBytes(StandardCharsets.UTF_8),
                new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE }, " retook the town.".getBytes(StandardCharsets.UTF_8)));
        cases.put("UTF-16", "date 2021-06-22 Outlet - Troops retook the town.".getBytes(StandardCharsets.UTF_16));
        cases.put("a byte-order mark", utf8("\uFEFFdate 2021-06-22 Outlet - Troops retook the town at dawn on Monday."));
        cases.put("empty", new byte[0]);
        cases.put("only white space", utf8(" \n\t\r\n ".repeat(1000)));
        cases.put("a dateline only", utf8("date 2021-06-22 Outlet -"));
        cases.put("an unreal date", utf8("date 2021-02-30 Outlet - Troops retook the town."));
        cases.put("control characters", utf8("Troops\u0007 retook\u001b[31m the town\u202e at dawn.\u0001"));
        cases.put("a dateline and 1.9 MB of spaces", utf8("date 2021-06-22 X" + " ".repeat(1_900_000) + "y"));
        cases.put("1.9 MB of one word", utf8("w".repeat(1_900_000)));
        cases.put("a 1.9 MB article", utf8("date 2021-06-22 Outlet - " + "Troops retook the town. ".repeat(79_000)));
        return cases;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        byte[] all = new byte[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    @Test
    void theApiImportsOrRefusesEachHostileArticleClearly() {
        String reviewer = users.fresh("hostile", Role.REVIEWER);
        for (Map.Entry<String, byte[]> hostile : hostile().entrySet()) {
            Response answer = Api.as(reviewer).contentType("text/plain; charset=UTF-8").body(hostile.getValue())
                    .post("/api/sources/import");
            // 409: the same text was imported before (by this suite's other runs of these files)
            assertThat(answer.statusCode()).as(hostile.getKey() + ": " + answer.body().asString()).isIn(201, 400, 409);
            if (List.of("random binary", "an image", "malformed UTF-8", "UTF-16", "empty").contains(hostile.getKey())) {
                assertThat(answer.statusCode()).as(hostile.getKey() + " is no UTF-8 article").isEqualTo(400);
            }
            if (answer.statusCode() >= 400) {
                assertThat(answer.jsonPath().getInt("status")).as(hostile.getKey()).isEqualTo(answer.statusCode());
                assertThat(answer.jsonPath().getString("fields[0].field")).as(hostile.getKey()).isEqualTo("text");
            }
        }
    }

    /** Hostile web pages, and every hostile article sent as one. */
    public static Map<String, byte[]> hostilePages() {
        Map<String, byte[]> cases = new LinkedHashMap<>(hostile());
        cases.put("only a script", utf8("<html><head><script>document.write('x')</script></head><body>"
                + "<script>alert(1)</script><style>p{}</style></body></html>"));
        cases.put("100,000 nested elements", utf8("<div>".repeat(100_000) + "Troops retook the town at dawn."));
        cases.put("unclosed tags and entities", utf8("<p>Troops &amp; police retook <b>the town &#x1F600; &bogus;"));
        cases.put("an unclosed comment", utf8("<p>Troops retook the town.</p><!--" + "x".repeat(1_000_000)));
        cases.put("a 1.5 MB attribute", utf8("<p title=\"" + "a".repeat(1_500_000) + "\">Troops retook the town.</p>"));
        return cases;
    }

    @Test
    void theApiImportsOrRefusesEachHostilePageClearly() {
        String reviewer = users.fresh("hostile", Role.REVIEWER);
        for (Map.Entry<String, byte[]> hostile : hostilePages().entrySet()) {
            Response answer = Api.as(reviewer).contentType("text/html; charset=UTF-8").body(hostile.getValue())
                    .post("/api/sources/import");
            assertThat(answer.statusCode()).as(hostile.getKey() + ": " + answer.body().asString()).isIn(201, 400, 409);
            if (List.of("only a script", "empty", "random binary").contains(hostile.getKey())) {
                assertThat(answer.statusCode()).as(hostile.getKey() + " has no article text").isEqualTo(400);
            }
            if (answer.statusCode() == 201) {
                assertThat(answer.jsonPath().getString("text")).as(hostile.getKey()).doesNotContain("<", "alert(1)");
            } else { // 400 for what is no article, 409 for a text imported before
                assertThat(answer.jsonPath().getString("fields[0].field")).as(hostile.getKey()).isEqualTo("text");
            }
        }
    }

    @Test
    void theUploadPageImportsOrRefusesEachHostileFileClearly() {
        Browser reviewer = Browser.signedIn(users.fresh("hostile", Role.REVIEWER));
        for (Map.Entry<String, byte[]> hostile : hostilePages().entrySet()) {
            for (String name : List.of("article.txt", "article.html")) {
                String token = reviewer.csrfTokenOf("/sources/import");
                Response answer = given().redirects().follow(false).cookies(reviewer.cookies())
                        .multiPart("csrf-token", token).multiPart("file", name, hostile.getValue(), "text/plain")
                        .post("/sources/import");
                assertThat(answer.statusCode()).as(name + ", " + hostile.getKey()).isIn(303, 400);
                if (answer.statusCode() == 400) {
                    assertThat(answer.body().asString()).as(name + ", " + hostile.getKey()).contains("class=\"problem\"");
                }
            }
        }
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        String reviewer = users.fresh("hostile", Role.REVIEWER);
        byte[] tooLarge = utf8("Troops retook the town. ".repeat(130_000)); // 3.1 MB, over the 2 MB limit

        Response api = Api.as(reviewer).contentType("text/plain; charset=UTF-8").body(tooLarge).post("/api/sources/import");
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.jsonPath().getInt("status")).isEqualTo(413);
        assertThat(api.jsonPath().getString("message")).isEqualTo("The request body is too large: at most 2 MB.");

        Browser browser = Browser.signedIn(reviewer);
        String token = browser.csrfTokenOf("/sources/import");
        // as a browser sends a form: one multipart body with its length, not chunked
        String boundary = "hostile-boundary-7";
        byte[] form = concat(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + token
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"article.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"), tooLarge, utf8("\r\n--" + boundary + "--\r\n"));
        Response page = given().redirects().follow(false).cookies(browser.cookies())
                .contentType("multipart/form-data; boundary=" + boundary).body(form).post("/sources/import");
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body().asString()).contains("The request body is too large: at most 2 MB.");
    }

    @Test
    void aBodyThatIsNotTextInItsCharsetIsRefusedNotAltered() {
        String reviewer = users.fresh("hostile", Role.REVIEWER);
        byte[] latin1 = "date 2021-06-22 Outlet - Troops retook Kondoz at dawn, \u00e0 l'aube.".getBytes(StandardCharsets.ISO_8859_1);

        Api.as(reviewer).config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/plain").body(latin1).post("/api/sources/import").then().statusCode(400)
                .body("fields[0].field", org.hamcrest.Matchers.equalTo("text"))
                .body("fields[0].message", org.hamcrest.Matchers.equalTo("must be UTF-8 text"));
        Api.as(reviewer).contentType("text/plain; charset=ISO-8859-1").body(latin1).post("/api/sources/import").then()
                .statusCode(201).body("text", org.hamcrest.Matchers.endsWith("\u00e0 l'aube."));
    }

    @Test
    void aNulCharacterInAnyTextIsA400NotA500() {
        String reviewer = users.fresh("hostile", Role.REVIEWER);
        Map<String, Object> claim = Api.claimBody();
        claim.put("actor1", "Tali\u0000ban");
        Api.as(reviewer).body(claim).post("/api/claims").then().statusCode(400)
                .body("fields[0].field", org.hamcrest.Matchers.equalTo("actor1"));
        Api.as(reviewer).queryParam("q", "x\u0000y").get("/api/claims").then().statusCode(org.hamcrest.Matchers.lessThan(500));
    }

    @Test
    void hostileSideFieldsAreRefusedNamingTheField() {
        String reviewer = users.fresh("hostile", Role.REVIEWER);
        byte[] article = utf8("date 2021-06-22 Outlet - Troops retook the town at dawn on Monday.");
        for (Map.Entry<String, String> field : List.of(Map.entry("outlet", "Out\u0000let"), Map.entry("url", "javascript:alert(1)"),
                Map.entry("url", "https://example.org/\u0000"), Map.entry("outlet", "o".repeat(300)))) {
            Response answer = Api.as(reviewer).contentType("text/plain; charset=UTF-8").queryParam(field.getKey(), field.getValue())
                    .body(article).post("/api/sources/import");
            assertThat(answer.statusCode()).as(field.toString()).isEqualTo(400);
            assertThat(answer.jsonPath().getString("fields[0].field")).as(field.toString()).isEqualTo(field.getKey());
        }
    }
}
