package org.corroborate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.Routes.Route;
import org.corroborate.Routes;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/**
 * Every page (each GET route of the application, from {@link Routes}) carries the security headers, and no page
 * holds what that policy would block or what it exists to prevent: inline script, a style element or attribute,
 * an event-handler attribute, a javascript: url. Redirects, errors and API answers carry the headers too.
 */
@QuarkusTest
class SecurityHeadersTest {

    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)(\\s[^>]*)?>");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

    @Inject
    TestUsers users;

    static List<String> missingHeaders(Response response) {
        List<String> missing = new ArrayList<>();
        String csp = response.header("Content-Security-Policy");
        if (csp == null || !csp.contains("script-src 'self'") || !csp.contains("style-src 'self'")
                || !csp.contains("frame-ancestors 'none'") || csp.contains("unsafe-inline") || csp.contains("unsafe-eval")) {
            missing.add("Content-Security-Policy: " + csp);
        }
        if (!"nosniff".equals(response.header("X-Content-Type-Options"))) {
            missing.add("X-Content-Type-Options");
        }
        if (!"DENY".equals(response.header("X-Frame-Options"))) {
            missing.add("X-Frame-Options");
        }
        if (response.header("Referrer-Policy") == null) {
            missing.add("Referrer-Policy");
        }
        return missing;
    }

    /** What in this HTML a strict policy would block: inline script or style, handlers, javascript: urls. */
    static List<String> inlineCode(String html) {
        List<String> found = new ArrayList<>();
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            String attributes = script.group(1);
            boolean dataBlock = attributes.contains("type=\"application/ld+json\"");
            boolean external = attributes.contains("src=") && script.group(2).isBlank();
            if (!dataBlock && !external) {
                found.add("inline script: <script" + attributes + ">");
            }
        }
        if (html.toLowerCase().contains("<style")) {
            found.add("a style element");
        }
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String attributes = tag.group(2) == null ? "" : tag.group(2);
            if (STYLE_ATTRIBUTE.matcher(attributes).find()) {
                found.add("a style attribute: " + tag.group());
            }
            if (EVENT_HANDLER.matcher(attributes).find()) {
                found.add("an event handler: " + tag.group());
            }
            if (attributes.toLowerCase().contains("javascript:")) {
                found.add("a javascript: url: " + tag.group());
            }
        }
        return found;
    }

    @Test
    void everyPageCarriesTheHeadersAndNoInlineCode() {
        String everyone = users.fresh("headers", Role.REVIEWER, Role.EDITOR, Role.ADMIN);
        String second = users.fresh("headers-second", Role.REVIEWER);
        long claimId = Api.verifiableClaim(everyone, second);
        long publishedId = Api.verifiableClaim(second, everyone);
        Api.as(second).body(Map.of("verdict", "VERIFIED")).post("/api/claims/" + publishedId + "/verdict").then().statusCode(200);
        Api.as(everyone).body(Map.of("decision", "APPROVE")).post("/api/claims/" + publishedId + "/decision").then().statusCode(200);
        long sourceId = Api.createSource(everyone, "Header outlet");
        long citationId = Api.as(everyone).get("/api/claims/" + claimId).then().statusCode(200).extract().jsonPath()
                .getLong("citations[0].id");
        Browser browser = Browser.signedIn(everyone);

        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (Route route : Routes.all()) {
            if (!route.method().equals("GET") || route.isApi() || route.path().startsWith("/q/")) {
                continue;
            }
            String path = route.path().replace("{id}", String.valueOf(
                    route.path().startsWith("/sources") ? sourceId : route.path().startsWith("/public") ? publishedId : claimId))
                    .replace("{citationId}", String.valueOf(citationId)).replace("{tag}", "en");
            assertThat(path).as(route.key()).doesNotContain("{");
            Response page = browser.get(path);
            pages++;
            assertThat(page.statusCode()).as(path).isLessThan(500);
            missingHeaders(page).forEach(m -> problems.add(path + ": missing " + m));
            if (String.valueOf(page.contentType()).startsWith("text/html")) {
                inlineCode(page.body().asString()).forEach(c -> problems.add(path + ": " + c));
            }
        }
        assertThat(problems).isEmpty();
        assertThat(pages).as("pages checked").isGreaterThan(15);
        assertThat(browser.get("/public/claims/" + publishedId).body().asString())
                .as("the ClaimReview data block is still there").contains("<script type=\"application/ld+json\">");
    }

    @Test
    void redirectsErrorsStaticFilesAndTheApiCarryTheHeadersToo() {
        String reviewer = users.fresh("headers", Role.REVIEWER);
        List<Response> answers = List.of(
                Browser.anonymous().get("/claims"),
                Browser.anonymous().get("/login"),
                Browser.signedIn(reviewer).get("/claims/99999999"),
                Browser.signedIn(reviewer).get("/admin/users"),
                Browser.anonymous().get("/static/app.css"),
                Api.anonymous().get("/api/claims"),
                Api.as(reviewer).get("/api/claims"),
                Api.as(reviewer).get("/api/claims/99999999"),
                Api.anonymous().get("/api/events"));
        for (Response answer : answers) {
            assertThat(missingHeaders(answer)).as("answer " + answer.statusCode() + " " + answer.contentType()).isEmpty();
        }
    }

    @Test
    void theInlineCodeCheckFindsWhatItLooksFor() {
        assertThat(inlineCode("<p style=\"color:red\">x</p>")).hasSize(1);
        assertThat(inlineCode("<script>alert(1)</script>")).hasSize(1);
        assertThat(inlineCode("<style>p{}</style>")).hasSize(1);
        assertThat(inlineCode("<button onclick=\"go()\">x</button>")).hasSize(1);
        assertThat(inlineCode("<a href=\"javascript:go()\">x</a>")).hasSize(1);
        assertThat(inlineCode("<script src=\"/static/htmx.min.js\"></script><script type=\"application/ld+json\">{}</script>"
                + "<p>Taking part once only</p>")).isEmpty();
    }
}
