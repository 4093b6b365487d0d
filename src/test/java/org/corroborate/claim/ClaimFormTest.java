package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;

/** The new and edit claim forms: refusals show next to their fields with the typed input kept. */
@QuarkusTest
class ClaimFormTest {

    @Inject
    TestUsers users;

    @Inject
    ClaimService claims;

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndStoresNothing() {
        Browser reviewer = Browser.signedIn(users.fresh("forger", Role.REVIEWER));
        reviewer.get("/claims/new"); // the browser holds a CSRF cookie, but the forged form has no token field
        String statement = "Forged claim without a token " + System.nanoTime();

        Response post = reviewer.postWithoutToken("/claims", ClaimFields.valid(statement));

        assertThat(post.statusCode()).isEqualTo(400);
        assertThat(stored(statement)).isZero();
    }

    @Test
    void badInputIsShownAgainNextToEachFieldWithWhatWasTyped() {
        Browser reviewer = Browser.signedIn(users.fresh("typo", Role.REVIEWER));
        String actor = "Actor typed by hand " + System.nanoTime();
        Map<String, Object> fields = ClaimFields.valid("");
        fields.put("actor1", actor);
        fields.put("eventDate", LocalDate.now().plusDays(10).toString());
        fields.put("fatalities.low", "80");
        fields.put("fatalities.best", "59");

        Response post = reviewer.submit("/claims/new", "/claims", fields);

        assertThat(post.statusCode()).isEqualTo(400);
        String page = post.body().asString();
        assertThat(errorOf(page, "statement")).contains("Statement is required");
        assertThat(errorOf(page, "eventDate")).contains("must not be in the future");
        assertThat(errorOf(page, "fatalities.low")).contains("must not be greater than best");
        assertThat(page).contains("value=\"" + actor + "\"", "value=\"80\"", "aria-invalid=\"true\"");
        assertThat(claims.search(new ClaimFilter(actor, null, null, null, null, null), 0, 10).total()).isZero();
    }

    @Test
    void unreadableValuesAreNamedRatherThanFailing() {
        Browser reviewer = Browser.signedIn(users.fresh("typo", Role.REVIEWER));
        Map<String, Object> fields = ClaimFields.valid("A claim with an unreadable latitude " + System.nanoTime());
        fields.put("location.latitude", "north-ish");
        fields.put("location.longitude", "65.2");

        Response post = reviewer.submit("/claims/new", "/claims", fields);

        assertThat(post.statusCode()).isEqualTo(400);
        assertThat(errorOf(post.body().asString(), "location.latitude")).contains("must be a number");
        assertThat(post.body().asString()).contains("value=\"north-ish\"");
    }

    @Test
    void aSolarHijriDateInDariDigitsIsReadAndTheClaimPageShowsBothCalendars() {
        Browser reviewer = Browser.signedIn(users.fresh("hijri", Role.REVIEWER));
        Map<String, Object> fields = ClaimFields.valid("A claim dated as Kabul dates it " + System.nanoTime());
        fields.put("eventDate", "۲ سرطان ۱۴۰۰");
        fields.put("fatalities.low", "۱۲");
        fields.put("fatalities.best", "١٥");

        Response created = reviewer.submit("/claims/new", "/claims", fields);

        assertThat(created.statusCode()).isEqualTo(303);
        Claim claim = claims.get(Browser.idFrom(created));
        assertThat(claim.eventDate).isEqualTo(LocalDate.of(2021, 6, 23));
        assertThat(claim.fatalities.low).isEqualTo(12);
        assertThat(claim.fatalities.best).isEqualTo(15);
        assertThat(reviewer.get(Browser.location(created)).body().asString())
                .contains("<dt>Date</dt><dd>23 June 2021 (2 Saratan 1400)");
        assertThat(reviewer.get("/claims/" + claim.id + "/edit").body().asString())
                .contains("value=\"2021-06-23\"", "a Solar Hijri date such as 1400-04-02");
    }

    @Test
    void aDateKnownToTheMonthShowsTheMonthInBothCalendars() {
        Browser reviewer = Browser.signedIn(users.fresh("hijri", Role.REVIEWER));
        Map<String, Object> fields = ClaimFields.valid("A claim known to the month " + System.nanoTime());
        fields.put("eventDate", "1400/3/15");
        fields.put("datePrecision", "MONTH");

        Response created = reviewer.submit("/claims/new", "/claims", fields);

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(claims.get(Browser.idFrom(created)).eventDate).isEqualTo(LocalDate.of(2021, 6, 5));
        assertThat(reviewer.get(Browser.location(created)).body().asString())
                .contains("<dt>Date</dt><dd>June 2021 (Jawza–Saratan 1400)");
    }

    @Test
    void aSolarHijriDayThatDoesNotExistIsNamedWithWhatWasTyped() {
        Browser reviewer = Browser.signedIn(users.fresh("hijri", Role.REVIEWER));
        Map<String, Object> fields = ClaimFields.valid("A claim on a day Hut 1400 does not have " + System.nanoTime());
        fields.put("eventDate", "1400-12-30");

        Response post = reviewer.submit("/claims/new", "/claims", fields);

        assertThat(post.statusCode()).isEqualTo(400);
        assertThat(errorOf(post.body().asString(), "eventDate"))
                .isEqualTo("Event date must be a date such as 2024-05-31");
        assertThat(post.body().asString()).contains("value=\"1400-12-30\"");
    }

    @Test
    void aStatementIsEscapedOnTheClaimPageAndTheList() {
        Browser reviewer = Browser.signedIn(users.fresh("xss", Role.REVIEWER));
        String marker = "xss" + System.nanoTime();
        String statement = "<script>alert(1)</script> claim about an attack " + marker;

        Response created = reviewer.submit("/claims/new", "/claims", ClaimFields.valid(statement));
        assertThat(created.statusCode()).isEqualTo(303);

        String claimPage = reviewer.get(Browser.location(created)).body().asString();
        String list = reviewer.get("/claims?q=" + marker).body().asString();
        for (String page : new String[] { claimPage, list }) {
            assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; claim about an attack " + marker)
                    .doesNotContain("<script>alert(1)");
        }
    }

    @Test
    void anEditOfAStaleVersionIsRefusedWithTheTypedInputKept() {
        Browser alice = Browser.signedIn(users.fresh("alice", Role.REVIEWER));
        Browser bob = Browser.signedIn(users.fresh("bob", Role.REVIEWER));
        Response created = alice.submit("/claims/new", "/claims",
                ClaimFields.valid("A claim two people edit at once " + System.nanoTime()));
        long id = Browser.idFrom(created);
        String editPage = alice.get("/claims/" + id + "/edit").body().asString();
        String versionAliceSaw = editPage.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");

        Map<String, Object> bobsEdit = ClaimFields.valid("Bob saved his wording first " + System.nanoTime());
        bobsEdit.put("version", versionAliceSaw);
        assertThat(bob.submit("/claims/" + id + "/edit", "/claims/" + id, bobsEdit).statusCode()).isEqualTo(303);

        String alicesWording = "Alice typed this wording later " + System.nanoTime();
        Map<String, Object> alicesEdit = ClaimFields.valid(alicesWording);
        alicesEdit.put("version", versionAliceSaw);
        Response stale = alice.submit("/claims/" + id + "/edit", "/claims/" + id, alicesEdit);

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body().asString()).contains("changed by someone else", alicesWording);
        assertThat(claims.get(id).statement).startsWith("Bob saved his wording first");
    }

    @Test
    void badFiltersAreNamedOnTheListPage() {
        Browser reviewer = Browser.signedIn(users.fresh("filter", Role.REVIEWER));

        Response list = reviewer.get("/claims?status=MAYBE&from=2024-13-40&q=kept");

        assertThat(list.statusCode()).isEqualTo(400);
        assertThat(errorOf(list.body().asString(), "status")).contains("must be one of OPEN");
        assertThat(errorOf(list.body().asString(), "from")).contains("must be a date");
        assertThat(list.body().asString()).contains("value=\"kept\"");
    }

    @Test
    void filtersAndPagingNarrowTheList() {
        Browser reviewer = Browser.signedIn(users.fresh("filter", Role.REVIEWER));
        String marker = "paging" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            reviewer.submit("/claims/new", "/claims", ClaimFields.valid("Claim number " + i + " of " + marker));
        }

        String first = reviewer.get("/claims?q=" + marker + "&status=OPEN&admin1=ghor&size=2").body().asString();
        assertThat(first).contains("Claims found: 3", "Page 1 of 2", "rel=\"next\"");
        String second = reviewer.get("/claims?q=" + marker + "&status=OPEN&admin1=ghor&size=2&page=2").body().asString();
        assertThat(second).contains("Page 2 of 2", "Claim number 0 of " + marker);
        assertThat(reviewer.get("/claims?q=" + marker + "&status=APPROVED").body().asString()).contains("Claims found: 0");
    }

    private long stored(String statement) {
        return claims.search(new ClaimFilter(statement, null, null, null, null, null), 0, 10).total();
    }

    /** The error paragraph that belongs to one field ({@code <p class="error" id="field-error">}). */
    static String errorOf(String page, String field) {
        String marker = "id=\"" + field + "-error\">";
        int start = page.indexOf(marker);
        assertThat(start).as("an error shown next to " + field).isNotNegative();
        return page.substring(start + marker.length(), page.indexOf("</p>", start));
    }
}
