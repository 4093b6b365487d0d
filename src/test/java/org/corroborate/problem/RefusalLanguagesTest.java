package org.corroborate.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.claim.ClaimFields;
import org.corroborate.claim.EventType;
import org.corroborate.claim.SubEventType;
import org.corroborate.i18n.Language;
import org.corroborate.i18n.Texts;
import org.corroborate.web.Browser;

/** A refused form speaks the page's language next to each field; the JSON API answers the same refusal in English. */
@QuarkusTest
class RefusalLanguagesTest {

    @Inject
    TestUsers users;

    private Map<String, Object> badClaim() {
        Map<String, Object> fields = ClaimFields.valid("");
        fields.put("eventDate", LocalDate.now().plusDays(10).toString());
        fields.put("location.latitude", "north-ish");
        fields.put("location.longitude", "65.2");
        fields.put("fatalities.low", "80");
        fields.put("fatalities.best", "59");
        return fields;
    }

    @Test
    void aRefusedClaimFormSaysWhatIsWrongInDari() {
        Browser reviewer = Browser.signedIn(users.fresh("dari", Role.REVIEWER)).with("Accept-Language", "fa-AF");

        Response post = reviewer.submit("/claims/new", "/claims", badClaim());

        assertThat(post.statusCode()).isEqualTo(400);
        String page = post.body().asString();
        assertThat(errorOf(page, "location.latitude")).contains("باید عددی مانند ۳۴٫۵۲ باشد")
                .doesNotContain("must be a number");
        // the unreadable latitude refuses the form before the service's rules are checked
        Map<String, Object> readable = badClaim();
        readable.put("location.latitude", "34.5");
        String checked = reviewer.submit("/claims/new", "/claims", readable).body().asString();
        assertThat(errorOf(checked, "statement")).contains("ضروری است").doesNotContain("is required");
        assertThat(errorOf(checked, "eventDate")).contains("نباید در آینده باشد").doesNotContain("future");
        assertThat(errorOf(checked, "fatalities.low")).contains("نباید بیشتر از بهترین برآورد باشد");
        assertThat(checked).doesNotContain("must not be greater than best", "(and ");
    }

    @Test
    void aRefusedClaimFormSaysWhatIsWrongInPashto() {
        Browser reviewer = Browser.signedIn(users.fresh("pashto", Role.REVIEWER)).with("Accept-Language", "ps-AF");

        String page = reviewer.submit("/claims/new", "/claims", badClaim()).body().asString();

        assertThat(errorOf(page, "location.latitude")).contains("باید داسې عدد وي لکه ۳۴٫۵۲");
        Map<String, Object> readable = badClaim();
        readable.put("location.latitude", "91");
        String checked = reviewer.submit("/claims/new", "/claims", readable).body().asString();
        assertThat(errorOf(checked, "statement")).contains("اړین دی");
        assertThat(errorOf(checked, "location.latitude")).contains("باید له ۹۰ سره برابر یا تر هغه کوچنی وي");
        assertThat(errorOf(checked, "fatalities.low")).contains("باید له غوره اټکل څخه ډېر نه وي");
    }

    @Test
    void englishPagesSayWhatTheyAlwaysSaid() {
        Browser reviewer = Browser.signedIn(users.fresh("english", Role.REVIEWER));

        Map<String, Object> readable = badClaim();
        readable.put("location.latitude", "91");
        String page = reviewer.submit("/claims/new", "/claims", readable).body().asString();

        assertThat(errorOf(page, "statement")).contains("is required");
        assertThat(errorOf(page, "location.latitude")).contains("must be less than or equal to 90");
        assertThat(errorOf(page, "fatalities.low")).contains("must not be greater than best");
    }

    @Test
    void unmetRulesAreListedInTheLanguageOfThePage() {
        Browser reviewer = Browser.signedIn(users.fresh("hasty", Role.REVIEWER)).with("Accept-Language", "fa-AF");
        long id = Browser.idFrom(reviewer.submit("/claims/new", "/claims",
                ClaimFields.valid("A claim proposed before any evidence " + System.nanoTime())));

        Response refused = reviewer.submit("/claims/" + id, "/claims/" + id + "/verdict",
                Map.of("verdict", "VERIFIED", "note", "too early"));

        assertThat(refused.statusCode()).isEqualTo(422);
        // the refusal's box; the page's checklists of every verdict are the claim page's own words
        String page = refused.body().asString();
        int box = page.indexOf("<div class=\"problem\" role=\"alert\">");
        assertThat(box).isNotNegative();
        assertThat(page.substring(box, page.indexOf("</div>", box))).contains("هنوز نمی‌توان حکم «تأییدشده» را پیشنهاد کرد",
                "«تأییدشده» به استنادهای تأییدکننده از دست‌کم ۲ خاستگاه مستقل نیاز دارد (اکنون ۰)",
                "دست‌کم ۱ بررسی لازم است (اکنون ۰)")
                .doesNotContain("independent origins", "needs at least 1 review");
    }

    @Test
    void aWeakPasswordIsRefusedInPashtoOnTheAdminPage() {
        Browser admin = Browser.signedIn(users.fresh("admin", Role.ADMIN)).with("Accept-Language", "ps-AF");

        String page = admin.submit("/admin/users", "/admin/users",
                Map.of("username", "weak" + System.nanoTime() % 100000, "password", "short", "roles", "reviewer"))
                .body().asString();

        assertThat(errorOf(page, "new-password")).contains("باید لږ تر لږه ۱۰ توري وي")
                .doesNotContain("must be at least");
    }

    @Test
    void theApiAnswersInEnglishWhateverTheLanguageAsked() {
        String alice = users.fresh("api", Role.REVIEWER);
        Map<String, Object> body = Api.claimBody();
        body.put("statement", "   ");
        body.put("subEventType", "AIR_DRONE_STRIKE");
        @SuppressWarnings("unchecked")
        Map<String, Object> location = (Map<String, Object>) body.get("location");
        location.put("latitude", 91.0);

        Api.as(alice).header("Accept-Language", "fa-AF").contentType(ContentType.JSON).body(body).post("/api/claims")
                .then().statusCode(400)
                .body("fields.findAll { it.field == 'statement' }.message", hasItem("must not be blank"))
                .body("fields.find { it.field == 'location.latitude' }.message",
                        equalTo("must be less than or equal to 90"))
                .body("fields.message", hasItem("AIR_DRONE_STRIKE is not a sub-type of BATTLES"))
                .body("fields[0].keySet()", equalTo(java.util.Set.of("field", "message")));
    }

    @Test
    void theApiAnswersUnmetRulesInEnglishWhateverTheLanguageAsked() {
        String alice = users.fresh("api", Role.REVIEWER);
        long id = Api.createClaim(alice);

        Api.as(alice).header("Accept-Language", "ps-AF").contentType(ContentType.JSON)
                .body(Map.of("verdict", "VERIFIED")).post("/api/claims/" + id + "/verdict")
                .then().statusCode(422)
                .body("unmetRules", hasItem("needs at least 1 review (has 0)"))
                .body("message", org.hamcrest.Matchers.startsWith("Cannot propose VERIFIED yet: "));
    }

    @Test
    void phrasesWriteTheirNumbersAsTheLanguageDoes() {
        Phrase atMost = t -> t.atMostCharacters(2000);

        assertThat(atMost.english()).isEqualTo("must be at most 2000 characters");
        assertThat(atMost.in(Language.DARI)).isEqualTo("باید حداکثر ۲۰۰۰ نویسه باشد");
        assertThat(atMost.in(Language.PASHTO)).contains("۲۰۰۰");
        assertThat(Texts.of(ProblemTexts.class, Language.DARI).atLeast("-90")).contains("-۹۰");
    }

    @Test
    void phrasesNameTheDomainsValuesAsTheLanguageDoesAndEnglishKeepsItsConstantsAndPlurals() {
        Phrase notASubType = t -> t.notASubTypeOf(SubEventType.AIR_DRONE_STRIKE, EventType.BATTLES);

        assertThat(notASubType.english()).isEqualTo("AIR_DRONE_STRIKE is not a sub-type of BATTLES");
        assertThat(notASubType.in(Language.DARI)).doesNotContain("AIR_DRONE_STRIKE", "BATTLES");
        assertThat(notASubType.in(Language.PASHTO)).doesNotContain("AIR_DRONE_STRIKE", "BATTLES");
        Phrase one = t -> t.needsReviews(1, 0L);
        Phrase two = t -> t.needsReviews(2, 1L);
        assertThat(one.english()).isEqualTo("needs at least 1 review (has 0)");
        assertThat(two.english()).isEqualTo("needs at least 2 reviews (has 1)");
        assertThat(((Phrase) t -> t.disputedNeedsASide(true)).english())
                .isEqualTo("DISPUTED needs at least one supporting or refuting citation (has none)");
        assertThat(((Phrase) t -> t.falseNeedsNonParty(1, 0L, true)).in(Language.PASHTO)).contains("انکار");
    }

    static String errorOf(String page, String field) {
        String marker = "id=\"" + field + "-error\">";
        int start = page.indexOf(marker);
        assertThat(start).as("an error shown next to " + field).isNotNegative();
        return page.substring(start + marker.length(), page.indexOf("</p>", start));
    }
}
