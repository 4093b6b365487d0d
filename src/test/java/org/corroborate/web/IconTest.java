package org.corroborate.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/**
 * The app answers a browser's own request for {@code /favicon.ico} (before anyone signs in) with an icon, and every
 * page links its SVG icon, so no page load logs a 404.
 */
@QuarkusTest
class IconTest {

    @Inject
    TestUsers users;

    @Test
    void faviconIcoIsAnIconAnyoneMayFetch() {
        Response icon = Browser.anonymous().get("/favicon.ico");

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.contentType()).startsWith("image/");
        byte[] bytes = icon.body().asByteArray();
        assertThat(bytes).as("an ICO header: reserved 0, type 1 (icon)").startsWith(0, 0, 1, 0);
        assertThat(SecurityHeadersTest.missingHeaders(icon)).isEmpty();
    }

    @Test
    void everyPageLinksTheSvgIconTheAppServes() {
        String page = Browser.signedIn(users.fresh("icon", Role.REVIEWER)).get("/claims").body().asString();
        assertThat(page).contains("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">");

        Response svg = Browser.anonymous().get("/static/favicon.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.body().asString()).startsWith("<svg").contains("#0b5cad");
    }
}
