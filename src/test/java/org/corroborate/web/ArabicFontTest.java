package org.corroborate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Dari and Pashto text has a font of its own that the app serves (Vazirmatn, with its licence beside it), that the
 * stylesheet asks for only for Arabic-script characters, and that the Content-Security-Policy lets pages load.
 */
@QuarkusTest
class ArabicFontTest {

    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{([^}]*)}");
    private static final Pattern URL = Pattern.compile("url\\(\"([^\"]+)\"\\)");

    @Test
    void theStylesheetDeclaresVazirmatnForArabicScriptOnlyAndTheAppServesIt() {
        String css = Browser.anonymous().get("/static/app.css").body().asString();
        Matcher face = FONT_FACE.matcher(css);
        assertThat(face.find()).as("an @font-face in app.css").isTrue();
        String declaration = face.group(1);
        assertThat(declaration).contains("font-family: Vazirmatn").contains("font-display: swap")
                .contains("unicode-range: U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF, U+200C-200F;");
        assertThat(css).as("first in the body's stack (its unicode-range keeps Latin text in the system font)")
                .contains("font: 16px/1.5 Vazirmatn, system-ui,");

        Matcher url = URL.matcher(declaration);
        assertThat(url.find()).isTrue();
        Response font = Browser.anonymous().get("/static/" + url.group(1));
        assertThat(font.statusCode()).isEqualTo(200);
        assertThat(font.contentType()).isEqualTo("font/woff2");
        assertThat(font.body().asByteArray()).as("a WOFF2 signature").startsWith('w', 'O', 'F', '2');
        assertThat(fontsAllowed(font.header("Content-Security-Policy"))).as("the policy lets the page load it").isTrue();
    }

    @Test
    void theFontsLicenceIsServedBesideIt() {
        Response licence = Browser.anonymous().get("/static/fonts/Vazirmatn-OFL.txt");
        assertThat(licence.statusCode()).isEqualTo(200);
        assertThat(licence.body().asString()).contains("SIL OPEN FONT LICENSE Version 1.1")
                .contains("The Vazirmatn Project Authors");
    }

    /** Whether fonts from the app's own origin load under this policy: font-src, or default-src without it. */
    private static boolean fontsAllowed(String policy) {
        String fonts = null;
        String fallback = null;
        for (String directive : policy.split(";")) {
            String d = directive.trim();
            if (d.startsWith("font-src ")) {
                fonts = d;
            } else if (d.startsWith("default-src ")) {
                fallback = d;
            }
        }
        String effective = fonts != null ? fonts : fallback;
        return effective != null && effective.contains("'self'");
    }
}
