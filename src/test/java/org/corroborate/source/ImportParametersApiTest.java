package org.corroborate.source;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/** The single import's query parameters (the article's date, url and outlet) and its formats: plain text, HTML. */
@QuarkusTest
class ImportParametersApiTest {

    @Inject
    TestUsers users;

    @Test
    void anUndatedArticleTakesItsDateAndOutletFromTheQuery() {
        String reviewer = users.fresh("importer", Role.REVIEWER);
        String url = "https://pajhwok.com/en/" + System.nanoTime();
        Api.as(reviewer).contentType(ContentType.TEXT).queryParam("publishedAt", "2021-06-23")
                .queryParam("outlet", "Pajhwok Afghan News").queryParam("url", url)
                .body("Security forces retook the district centre on Sunday after two days of clashes.")
                .post("/api/sources/import").then().statusCode(201)
                .body("publishedAt", equalTo("2021-06-23"))
                .body("outlet", equalTo("Pajhwok Afghan News"))
                .body("url", equalTo(url));
    }

    @Test
    void theQueryWinsOverTheDateline() {
        String reviewer = users.fresh("importer", Role.REVIEWER);
        Api.as(reviewer).contentType(ContentType.TEXT).queryParam("publishedAt", "2021-06-24")
                .queryParam("url", "https://example.org/" + System.nanoTime())
                .body("date 2021-06-22 Some Outlet - Fighting went on in the provincial capital overnight.")
                .post("/api/sources/import").then().statusCode(201)
                .body("publishedAt", equalTo("2021-06-24"))
                .body("outlet", equalTo("Some Outlet"));
    }

    @Test
    void aWebPageIsImportedAsItsTextWithoutMarkup() {
        String reviewer = users.fresh("importer", Role.REVIEWER);
        Api.as(reviewer).contentType("text/html; charset=UTF-8").queryParam("publishedAt", "2021-06-23")
                .body("<html><head><script>alert(1)</script></head><body><nav>Home</nav><h1>Troops retake the"
                        + " district centre</h1><p>Security forces retook it on <b>Sunday</b>, officials said.</p>")
                .post("/api/sources/import").then().statusCode(201)
                .body("title", equalTo("Troops retake the district centre"))
                .body("text", equalTo("Troops retake the district centre\n\nSecurity forces retook it on Sunday,"
                        + " officials said."));
    }
}
