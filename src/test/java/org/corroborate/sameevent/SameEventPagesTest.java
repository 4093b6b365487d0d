package org.corroborate.sameevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;

/** The claim page's "Same event" section, used as a browser without JavaScript uses it: links and plain forms. */
@QuarkusTest
class SameEventPagesTest {

    @Inject
    TestUsers users;

    private String alice;
    private LocalDate day;

    @BeforeEach
    void setUp() {
        alice = users.fresh("alice", Role.REVIEWER);
        day = LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 12_000));
    }

    private long battle(String admin1, String admin2) {
        return Api.createClaim(alice, SameEventApiTest.claim(day, "DAY", "BATTLES", "ARMED_CLASH", admin1, admin2));
    }

    @Test
    void aReviewerJudgesACandidateWithAPlainFormPost() {
        long first = battle("Nimroz", "Zaranj");
        long second = battle("Nimroz", null);
        Browser reviewer = Browser.signedIn(users.fresh("bob", Role.REVIEWER));

        String page = reviewer.get("/claims/" + first).body().asString();
        assertThat(page).contains("Possibly the same event", "href=\"/claims/" + second + "\"",
                "action=\"/claims/" + first + "/links\"", "name=\"claimId\" value=\"" + second + "\"",
                "value=\"SAME_EVENT\"", "value=\"DIFFERENT_EVENT\"", "Side by side");

        Response judged = reviewer.submit("/claims/" + first, "/claims/" + first + "/links",
                Map.of("claimId", second, "judgement", "SAME_EVENT"));
        assertThat(judged.statusCode()).isEqualTo(303);
        assertThat(Browser.location(judged)).isEqualTo("/claims/" + first + "#same-event");

        String after = reviewer.follow(judged).body().asString();
        assertThat(after).contains("judged the same event", "Judged the same event", "Different event from #" + second)
                .doesNotContain("Same event as #" + second);
        assertThat(reviewer.get("/claims/" + second).body().asString()).contains("Judged the same event",
                "href=\"/claims/" + first + "\"", "Judged the same event as claim #" + first);
    }

    @Test
    void aRefusedJudgementShowsTheClaimPageAgainWithTheReason() {
        long claim = battle("Nimroz", null);
        Browser reviewer = Browser.signedIn(users.fresh("bob", Role.REVIEWER));

        Response itself = reviewer.submit("/claims/" + claim, "/claims/" + claim + "/links",
                Map.of("claimId", claim, "judgement", "SAME_EVENT"));

        assertThat(itself.statusCode()).isEqualTo(400);
        assertThat(itself.body().asString()).contains("must be another claim than " + claim, "Same event");
        assertThat(reviewer.postWithoutToken("/claims/" + claim + "/links",
                Map.of("claimId", battle("Nimroz", null), "judgement", "SAME_EVENT")).statusCode()).isEqualTo(400);
    }

    @Test
    void aPlaceConflictIsNotedOnBothClaimPages() {
        long faryab = battle("Faryab", "Dawlat Abad");
        long balkh = battle("Balkh", "Dowlatabad");
        Browser reviewer = Browser.signedIn(alice);

        assertThat(reviewer.get("/claims/" + faryab).body().asString())
                .contains("Place conflict:", "claim <a href=\"/claims/" + balkh + "\">#" + balkh + "</a> puts this event in <bdi>Balkh");
        assertThat(reviewer.get("/claims/" + balkh).body().asString())
                .contains("Place conflict:", "claim <a href=\"/claims/" + faryab + "\">#" + faryab + "</a> puts this event in <bdi>Faryab");
    }

    @Test
    void anAdminSeesTheSectionWithoutTheButtons() {
        long first = battle("Nimroz", "Kang");
        battle("Nimroz", "Kang");
        Browser admin = Browser.signedIn(users.fresh("root", Role.ADMIN));

        String page = admin.get("/claims/" + first).body().asString();
        assertThat(page).contains("Possibly the same event").doesNotContain("/claims/" + first + "/links");
    }

    @Test
    void manyCandidatesAreListedNearestFirstWithALinkToTheRest() {
        long claim = battle("Nimroz", null);
        for (int i = 0; i < SameEvents.SHOWN + 2; i++) {
            battle("Nimroz", null);
        }
        Browser reviewer = Browser.signedIn(alice);

        String page = reviewer.get("/claims/" + claim).body().asString();
        assertThat(page.split("value=\"SAME_EVENT\"", -1)).hasSize(SameEvents.SHOWN + 1);
        assertThat(page).contains("2 more candidates", "href=\"/claims?admin1=Nimroz&amp;from=" + day.minusDays(3)
                + "&amp;to=" + day.plusDays(3) + "\"");
    }
}
