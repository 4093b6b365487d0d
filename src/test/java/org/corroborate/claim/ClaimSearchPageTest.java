package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;

/** The claim list page's search, as a reader types it. */
@QuarkusTest
class ClaimSearchPageTest {

    @Inject
    TestUsers users;

    @Test
    void aDariStatementIsListedForItsWordsTypedWithArabicLetterForms() {
        String user = users.fresh("dari", Role.REVIEWER);
        String western = "4" + System.nanoTime();
        String statement = ClaimSearchApiTest.DARI + " " + persianDigits(western);
        Map<String, Object> body = Api.claimBody();
        body.put("statement", statement);
        Api.createClaim(user, body); // the API, as this test's form posts would send Latin-1 (browsers send UTF-8)

        Browser reviewer = Browser.signedIn(user);
        String list = reviewer.get("/claims", Map.of("q", ClaimSearchApiTest.ARABIC_FORMS + " تصرف كردند " + western))
                .body().asString();
        assertThat(list).contains("Claims found: 1", statement);
    }

    private static String persianDigits(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(d -> out.append((char) ('۰' + d - '0')));
        return out.toString();
    }
}
