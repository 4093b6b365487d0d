package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;

@QuarkusTest
class PublicClaimResourceTest {

    @Inject
    TestUsers users;

    @Test
    void anUnpublishedClaimHasNoPublicPage() {
        Browser reviewer = Browser.signedIn(users.fresh("draft", Role.REVIEWER));
        long id = Browser.idFrom(reviewer.submit("/claims/new", "/claims",
                ClaimFields.valid("A claim nobody has approved yet " + System.nanoTime())));

        assertThat(Browser.anonymous().get("/public/claims/" + id).statusCode()).isEqualTo(404);
        assertThat(Browser.anonymous().get("/public/claims/987654321").statusCode()).isEqualTo(404);
    }
}
