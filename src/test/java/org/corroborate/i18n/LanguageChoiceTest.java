package org.corroborate.i18n;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;

/**
 * The interface speaks the language a person chose (kept on their account when signed in, else in the browser),
 * else the first one of the browser's Accept-Language it knows, else English; each page says which in lang and dir.
 */
@QuarkusTest
class LanguageChoiceTest {

    @Inject
    TestUsers users;

    @Test
    void acceptLanguageDecidesWhenNothingWasChosen() {
        assertThat(Browser.anonymous().with("Accept-Language", "de-DE, fa;q=0.8, en;q=0.5").get("/login").body().asString())
                .contains("<html lang=\"fa-AF\" dir=\"rtl\">").contains("رفتن به محتوا");
        assertThat(Browser.anonymous().with("Accept-Language", "ps").get("/login").body().asString())
                .contains("<html lang=\"ps-AF\" dir=\"rtl\">").contains("منځپانګې ته ورشئ");
        assertThat(Browser.anonymous().with("Accept-Language", "de, fr;q=0.9").get("/login").body().asString())
                .contains("<html lang=\"en\" dir=\"ltr\">").contains("Skip to content");
        assertThat(Browser.anonymous().with("Accept-Language", "%%% not a header ;q=x").get("/login").body().asString())
                .contains("<html lang=\"en\" dir=\"ltr\">");
    }

    @Test
    void theHeadersSwitchIsALinkPerLanguageBackToTheSamePage() {
        Browser visitor = Browser.anonymous();
        String login = visitor.get("/login").body().asString();
        assertThat(login).contains("<a href=\"/language/fa-AF?back=%2Flogin\" lang=\"fa-AF\" hreflang=\"fa-AF\">دری</a>")
                .contains("<a href=\"/language/ps-AF?back=%2Flogin\" lang=\"ps-AF\" hreflang=\"ps-AF\">پښتو</a>")
                .contains("<span aria-current=\"true\" lang=\"en\">English</span>");

        Response chosen = visitor.get("/language/ps-AF", Map.of("back", "/login"));
        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(Browser.location(chosen)).isEqualTo("/login");
        assertThat(visitor.with("Accept-Language", "fa").get("/login").body().asString())
                .as("the browser's choice beats its Accept-Language").contains("<html lang=\"ps-AF\" dir=\"rtl\">");
    }

    @Test
    void aSignedInPersonsChoiceIsKeptOnTheirAccount() {
        String name = users.fresh("dari", Role.REVIEWER);
        Browser first = Browser.signedIn(name);
        first.get("/language/fa-AF", Map.of("back", "/claims"));

        Browser elsewhere = Browser.signedIn(name).with("Accept-Language", "en");
        assertThat(elsewhere.get("/claims").body().asString()).as("another browser, signed in as the same person")
                .contains("<html lang=\"fa-AF\" dir=\"rtl\">").contains(">ادعاها<");

        elsewhere.get("/language/en", Map.of("back", "/claims"));
        assertThat(Browser.signedIn(name).with("Accept-Language", "fa").get("/claims").body().asString())
                .contains("<html lang=\"en\" dir=\"ltr\">");
    }

    @Test
    void aLinkOnAnotherSiteChangesNothing() {
        String name = users.fresh("forged", Role.REVIEWER);
        Browser browser = Browser.signedIn(name).with("Sec-Fetch-Site", "cross-site");
        Response forged = browser.get("/language/ps-AF", Map.of("back", "/claims"));
        assertThat(forged.statusCode()).isEqualTo(303);
        assertThat(forged.header("Set-Cookie")).as("no language cookie").doesNotContain("lang=");

        assertThat(Browser.signedIn(name).get("/claims").body().asString()).contains("<html lang=\"en\" dir=\"ltr\">");
    }

    @Test
    void theSwitchGoesBackOnlyToThisApp() {
        for (String elsewhere : new String[] { "//evil.example/x", "https://evil.example/", "/\\evil.example", "claims",
                "/\r\nSet-Cookie:x=y", "" }) {
            Response answer = Browser.anonymous().get("/language/fa-AF", Map.of("back", elsewhere));
            assertThat(Browser.location(answer)).as(elsewhere).isEqualTo("/");
        }
        assertThat(Browser.location(Browser.anonymous().get("/language/fa", Map.of("back", "/claims?q=x"))))
                .isEqualTo("/claims?q=x");
    }

    @Test
    void anUnknownLanguageIsNotFoundSayingWhichThereAre() {
        Response answer = Browser.anonymous().get("/language/xx");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body().asString()).contains("fa-AF").contains("ps-AF");
    }

    @Test
    void theJsonApiStaysEnglish() {
        String name = users.fresh("apien", Role.REVIEWER);
        Response missing = given().auth().preemptive().basic(name, TestUsers.passwordOf(name))
                .header("Accept-Language", "fa-AF").get("/api/claims/987654321");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body().asString()).contains("No claim with id 987654321");
    }
}
