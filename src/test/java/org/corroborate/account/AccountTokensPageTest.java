package org.corroborate.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.web.Browser;

/** The account page: a token made there is shown once and works; revoked there, it stops. */
@QuarkusTest
class AccountTokensPageTest {

    private static final Pattern SECRET = Pattern.compile("value=\"(crb_[A-Za-z0-9_-]{43})\"");

    @Inject
    TestUsers users;

    @Test
    void aTokenMadeOnTheAccountPageIsShownOnceWorksAndCanBeRevoked() {
        String owner = users.fresh("page-token", Role.REVIEWER);
        Browser browser = Browser.signedIn(owner);
        String page = browser.get("/account").then().statusCode(200).extract().body().asString();
        assertThat(page).contains("href=\"/account\"").contains("You have no tokens");

        Response made = browser.submit("/account", "/account/tokens", Map.of("name", "laptop script", "scope", "write",
                "expiresAt", "2999-12-31"));
        assertThat(made.statusCode()).isEqualTo(200);
        assertThat(made.header("Cache-Control")).contains("no-store");
        Matcher secret = SECRET.matcher(made.body().asString());
        assertThat(secret.find()).as("the secret on the page").isTrue();
        Api.withToken(secret.group(1)).get("/api/claims").then().statusCode(200);

        String again = browser.get("/account").body().asString();
        assertThat(again).contains("laptop script").contains("2999-12-31 00:00 UTC").doesNotContain(secret.group(1));

        long id = Api.as(owner).get("/api/tokens").then().extract().jsonPath().getLong("[0].id");
        Response revoked = browser.submit("/account", "/account/tokens/" + id + "/revoke", Map.of());
        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(browser.follow(revoked).body().asString()).contains("Revoked the token laptop script");
        Api.withToken(secret.group(1)).get("/api/claims").then().statusCode(401);
    }

    @Test
    void aRefusedTokenFormNamesTheField() {
        Browser browser = Browser.signedIn(users.fresh("page-token-bad", Role.REVIEWER));
        Response refused = browser.submit("/account", "/account/tokens", Map.of("name", "", "scope", "write",
                "expiresAt", "2001-01-01"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body().asString()).contains("Name is required").contains("Expires must be in the future");
    }

    @Test
    void someoneElsesTokenCannotBeRevokedFromTheAccountPage() {
        String owner = users.fresh("page-token-owner", Role.REVIEWER);
        String token = Api.token(owner, "read");
        long id = Api.as(owner).get("/api/tokens").then().extract().jsonPath().getLong("[0].id");
        Browser other = Browser.signedIn(users.fresh("page-token-other", Role.REVIEWER));
        assertThat(other.submit("/account", "/account/tokens/" + id + "/revoke", Map.of()).statusCode()).isEqualTo(404);
        Api.withToken(token).get("/api/claims").then().statusCode(200);
    }
}
