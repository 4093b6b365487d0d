package org.corroborate.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;

/**
 * The claimant pages, the dashboard with its charts and map, the export page, the gazetteer's page and the claim
 * form's place choices speak Dari and Pashto: their words, the numbers in Eastern Arabic-Indic digits, and no
 * English left where they were moved to the bundle. Code and format names stay as typed.
 */
@QuarkusTest
class ReferencePagesLanguageTest {

    @Inject
    TestUsers users;

    private String reviewer;
    private long claimant;

    @BeforeEach
    void aPublishedEventAndAClaimant() {
        reviewer = users.fresh("ref", Role.REVIEWER);
        Api.publishedClaim(reviewer, users.fresh("ref", Role.REVIEWER), users.fresh("ref", Role.EDITOR));
        claimant = Api.as(reviewer).body(Map.of("name", "ذبیح‌الله مجاهد " + System.nanoTime(), "aliases",
                java.util.List.of("مجاهد " + System.nanoTime()), "organisation", "Taliban", "party", true, "side", "طالبان"))
                .post("/api/claimants").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void theDashboardInDari() {
        String page = in("fa-AF").get("/").body().asString();
        assertThat(page).contains("<html lang=\"fa-AF\" dir=\"rtl\">", "ادعاها بر اساس وضعیت",
                "رویدادهای منتشرشده بر اساس ماه", "رویدادهای منتشرشده بر اساس ولایت", "حکم‌های رویدادهای منتشرشده",
                "در انتظار رأی شما", "بیشترین در یک ماه: ", "نقشهٔ افغانستان با", "تلفات (کمترین")
                .containsPattern("<td>\u2066[۰-۹]{4}-[۰-۹]{2}-[۰-۹]{2}\u2069</td>")
                .containsPattern("<desc id=\"by-verdict-desc\">تأییدشده: [۰-۹]+، مورد اختلاف: [۰-۹]+، ")
                .containsPattern("(جنوری|فبروری|مارچ|اپریل|می|جون|جولای|اگست|سپتمبر|اکتوبر|نومبر|دسمبر) [۰-۹]{4}")
                .doesNotContain("Claims by status", "Published events by month", "Verdicts of published events",
                        "waiting for your vote", "most in a month", "Map of Afghanistan", "Each dot is", "No verdict",
                        "Recently changed")
                .doesNotContainPattern("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4}");
    }

    @Test
    void theDashboardInPashto() {
        String page = in("ps-AF").get("/").body().asString();
        assertThat(page).contains("<html lang=\"ps-AF\" dir=\"rtl\">", "ادعاوې د حالت له مخې", "د کتنې کتار",
                "خپرې شوې پېښې پر نقشه")
                .containsPattern("(جنوري|فبروري|مارچ|اپرېل|مۍ|جون|جولای|اګست|سپتمبر|اکتوبر|نومبر|دسمبر) [۰-۹]{4}")
                .doesNotContain("Claims by status", "Review queue", "Published events on the map");
    }

    @Test
    void theClaimantPagesAndTheirFlashInDari() {
        Browser dari = in("fa-AF");
        String list = dari.get("/claimants").body().asString();
        assertThat(list).contains("dir=\"rtl\"", "نام یا نام مستعار", "ادعاکنندهٔ جدید",
                "این سازمان یکی از طرف‌های درگیری است").containsPattern("ادعاکنندگان یافت‌شده: [۰-۹]+<")
                .doesNotContain("Claimants found", "Name or alias", "New claimant", "Save the claimant", ">yes<");
        String show = dari.get("/claimants/" + claimant).body().asString();
        assertThat(show).contains("نام‌های دیگر", "بلی، جانب:", "افزودن نام مستعار", "اصلاح ادعاکننده",
                "هنوز هیچ استنادی از این ادعاکننده نام نبرده است.")
                .doesNotContain("Also known as", "Add an alias", "Correct the claimant", "No citation names");

        Response alias = dari.submit("/claimants/" + claimant, "/claimants/" + claimant + "/aliases",
                Map.of("alias", "Zabihullah " + System.nanoTime()));
        assertThat(alias.statusCode()).isEqualTo(303);
        assertThat(dari.follow(alias).body().asString()).contains("نام مستعار Zabihullah", " افزوده شد.")
                .doesNotContain(" added.");
    }

    @Test
    void theClaimantPagesInPashto() {
        Browser pashto = in("ps-AF");
        assertThat(pashto.get("/claimants").body().asString()).contains("dir=\"rtl\"", "موندل شوي ادعا کوونکي: ",
                "نوی ادعا کوونکی").doesNotContain("Claimants found", "New claimant");
        assertThat(pashto.get("/claimants/" + claimant).body().asString()).contains("نور نومونه", "هو، لوری:",
                "ادعا کوونکی سم کړئ").doesNotContain("Also known as", "Correct the claimant");
    }

    @Test
    void theExportPageInDariKeepsItsCodeAsTyped() {
        String page = in("fa-AF").get("/export", Map.of("verdict", "ALL", "from", "2017-01-01")).body().asString();
        assertThat(page).contains("dir=\"rtl\"", "آنچه خروجی در بر دارد", "وضعیت کنونی", "<code dir=\"ltr\">/api/events</code>",
                "<dt>حکم</dt><dd>همه حکم‌ها</dd>", "<dt>رویداد از</dt><dd>\u2066۲۰۱۷-۰۱-۰۱\u2069</dd>",
                "<option value=\"ALL\" selected>همه حکم‌ها</option>", "<code id=\"curl-page\">curl -sS", "از خط فرمان")
                .doesNotContain("What the export holds", "Current state", "Choose the events", "From the command line",
                        "All verdicts", "Event from", "Update the links");
        assertThat(in("ps-AF").get("/export").body().asString()).contains("dir=\"rtl\"", "صادرول څه لري",
                "تایید شوی (ډیفالټ)").doesNotContain("What the export holds", "(the default)");
    }

    @Test
    void thePlaceChoicesInDariAndPashto() {
        Browser dari = Browser.signedIn(reviewer).with("Accept-Language", "fa-AF").inPlace();
        assertThat(dari.get("/places/choices", Map.of("q", "Dawlat Abad")).body().asString())
                .contains("کدام مکان در فهرست جغرافیایی؟", "(برای «<bdi>Dawlat Abad</bdi>»)", "ولسوالی در ",
                        "هیچ کدام: مکان همان‌گونه که نوشته شده نگه داشته شود")
                .doesNotContain("Which place", "district of", "None of these");
        assertThat(dari.get("/places/choices", Map.of("q", "Xyz<b>zy")).body().asString())
                .contains("با «<bdi>Xyz&lt;b&gt;zy</bdi>» مطابقت ندارد").doesNotContain("<b>", "No place of");
        Browser pashto = Browser.signedIn(reviewer).with("Accept-Language", "ps-AF").inPlace();
        assertThat(pashto.get("/places/choices", Map.of("q", "Dawlat Abad")).body().asString())
                .contains("په جغرافيايي نوملړ کې کوم ځای؟", "ولسوالۍ").doesNotContain("Which place", "district of");
    }

    @Test
    void theGazetteersPageInDariAndPashto() {
        String admin = users.fresh("ref", Role.ADMIN);
        String dari = Browser.signedIn(admin).with("Accept-Language", "fa-AF").get("/admin/places").body().asString();
        assertThat(dari).contains("dir=\"rtl\"", "وارد کردن یک جدول COD-AB از OCHA", "<code>ADM1_EN</code>",
                "<code dir=\"ltr\">GET /api/places?q=</code>")
                .doesNotContain("Import an OCHA COD-AB table", "Other columns are ignored", "provinces and");
        String pashto = Browser.signedIn(admin).with("Accept-Language", "ps-AF").get("/admin/places").body().asString();
        assertThat(pashto).contains("dir=\"rtl\"", "د OCHA یو COD-AB جدول راوړئ")
                .doesNotContain("Import an OCHA COD-AB table");
    }

    private Browser in(String language) {
        return Browser.signedIn(reviewer).with("Accept-Language", language);
    }
}
