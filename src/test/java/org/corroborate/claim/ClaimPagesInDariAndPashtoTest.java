package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.i18n.Language;
import org.corroborate.i18n.Texts;
import org.corroborate.web.Browser;

/**
 * The claim pages speak Dari and Pashto: their words, the event date with the Solar Hijri date first in the page's
 * month names and digits, and the flash messages written in Java. English pages stay as they were.
 */
@QuarkusTest
class ClaimPagesInDariAndPashtoTest {

    @Inject
    TestUsers users;

    @Test
    void aDariClaimPageShowsTheSolarHijriDateFirstAndItsOwnWords() {
        Browser dari = Browser.signedIn(users.fresh("dari", Role.REVIEWER)).with("Accept-Language", "fa-AF");
        Map<String, Object> fields = ClaimFields.valid("The district centre fell after two days of fighting "
                + System.nanoTime());
        fields.put("eventDate", "2021-06-23");
        Response created = dari.submit("/claims/new", "/claims", fields);
        long id = Browser.idFrom(created);

        String page = dari.follow(created).body().asString();
        assertThat(page).contains("dir=\"rtl\"")
                .contains("ادعای " + Texts.digits(String.valueOf(id), Language.DARI) + " ایجاد شد")
                .contains("<dd>۲ سرطان ۱۴۰۰ — 23 June 2021 <span class=\"muted\">(دقت: روز)</span></dd>")
                .contains(">رویداد</h2>", ">شواهد</h2>", ">تاریخچهٔ وضعیت</h2>", "نبردها / بازپس‌گیری قلمرو توسط حکومت",
                        "۵۰ / ۵۹ / –", "ویرایش ادعا", "هنوز هیچ منبعی پیوست نشده است.")
                .doesNotContain("The event", "Status history", "Edit the claim", "Attach a source", "created. Attach",
                        "(2 Saratan 1400)", "low / best / high",
                        "No source is attached yet");
    }

    @Test
    void aMonthIsShownAsTheMonthOnly() {
        Browser dari = Browser.signedIn(users.fresh("month", Role.REVIEWER)).with("Accept-Language", "fa-AF");
        Map<String, Object> fields = ClaimFields.valid("Clashes went on through the month " + System.nanoTime());
        fields.put("eventDate", "2021-06-01");
        fields.put("datePrecision", "MONTH");
        long id = Browser.idFrom(dari.submit("/claims/new", "/claims", fields));

        String page = dari.get("/claims/" + id).body().asString();
        assertThat(page).contains("<dd>جوزا–سرطان ۱۴۰۰ — June 2021 <span class=\"muted\">(دقت: ماه)</span></dd>")
                .doesNotContain("1 June 2021", "۱۱ جوزا");
    }

    @Test
    void pashtoPagesSpeakPashto() {
        Browser pashto = Browser.signedIn(users.fresh("pashto", Role.REVIEWER)).with("Accept-Language", "ps-AF");
        Map<String, Object> fields = ClaimFields.valid("The road was closed after the attack " + System.nanoTime());
        fields.put("eventDate", "2021-06-23");
        long id = Browser.idFrom(pashto.submit("/claims/new", "/claims", fields));

        assertThat(pashto.get("/claims/" + id).body().asString()).contains("dir=\"rtl\"")
                .contains("<dd>۲ چنگاښ ۱۴۰۰ — 23 June 2021", ">پېښه</h2>", ">شواهد</h2>", "ستاسو کتنه")
                .doesNotContain("The event", "Your review", "Save my review");
        assertThat(pashto.get("/claims").body().asString()).contains("dir=\"rtl\"")
                .contains("<h1>ادعاوې</h1>", "نوې ادعا ولیکئ", "د ادعاوو لټون", "موندل شوې ادعاوې: ")
                .doesNotContain("Write a new claim", "Claims found", "Search claims");
        assertThat(pashto.get("/claims/new").body().asString()).contains("د پېښې نېټه", "ادعا جوړه کړئ")
                .doesNotContain("Event date", "Create the claim");
    }

    @Test
    void theDariFormAndListHoldNoEnglish() {
        Browser dari = Browser.signedIn(users.fresh("form", Role.REVIEWER)).with("Accept-Language", "fa-AF");
        assertThat(dari.get("/claims/new").body().asString()).contains("<h1>ادعای جدید</h1>", "تاریخ رویداد",
                "ایجاد ادعا", "یافتن مکان").doesNotContain("New claim", "Event date", "Find the place");
        assertThat(dari.get("/claims").body().asString()).contains("<h1>ادعاها</h1>", "نوشتن ادعای جدید")
                .doesNotContain("Write a new claim", "Claims found");
    }

    @Test
    void aPublishedClaimsPublicPageSpeaksDari() {
        long id = Api.publishedClaim(users.fresh("author", Role.REVIEWER), users.fresh("second", Role.REVIEWER),
                users.fresh("editor", Role.EDITOR));
        String page = Browser.anonymous().with("Accept-Language", "fa-AF").get("/public/claims/" + id).body()
                .asString();
        assertThat(page).contains("dir=\"rtl\"", "راستی‌آزمایی · حکم", ">شواهد</h2>", ">تاریخچه</h2>",
                "۶ اسد ۱۳۹۶ — 28 July 2017", "۵۰ / ۵۹ / ۵۹", "میانگین ")
                .doesNotContain("Fact-check", "The event", "(low / best / high)", "Claimant:");
    }

    @Test
    void theEvidenceIsSummedUpAndItsFiguresReadInDari() {
        String author = users.fresh("evidence", Role.REVIEWER);
        long id = Api.verifiableClaim(author, users.fresh("second", Role.REVIEWER));
        String page = Browser.signedIn(author).with("Accept-Language", "fa-AF").get("/claims/" + id).body().asString();
        assertThat(page).contains("۲ منبع، ۲ خاستگاه: ", " — تأییدشده توسط ۱ خاستگاه که طرف درگیری نیست.",
                "→ حداکثر ۵۹", ">اعتبار</h2>", "میانگین ۴.۵ از ۵ بر اساس ۲ بررسی (۲ متمایل به درست، ۰ آمیخته، ۰ متمایل به نادرست)", "۵ – درست")
                .doesNotContain("→ at most 59", "2 sources", "mean 4.5");
    }

    @Test
    void englishPagesStayAsTheyWere() {
        Browser english = Browser.signedIn(users.fresh("english", Role.REVIEWER));
        Map<String, Object> fields = ClaimFields.valid("The bridge was destroyed overnight " + System.nanoTime());
        fields.put("eventDate", "2021-06-23");
        Response created = english.submit("/claims/new", "/claims", fields);
        long id = Browser.idFrom(created);
        assertThat(english.follow(created).body().asString())
                .contains("Claim " + id + " created. Attach its sources next.")
                .contains("<dd>23 June 2021 (2 Saratan 1400) <span class=\"muted\">(precision: Day)</span></dd>")
                .contains(">The event</h2>", "Battles / Government regains territory", "50 / 59 / –");
    }
}
