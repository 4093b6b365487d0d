package org.corroborate.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.Eventually;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.claim.ClaimFields;
import org.corroborate.web.Browser;

/**
 * The source pages, the article and bulk imports, the candidates and the citation pages speak Dari and Pashto: their
 * words, their flash messages and their numbers (Eastern Arabic-Indic digits), with no English left but what people
 * wrote and what they type as code.
 */
@QuarkusTest
class SourcePagesInDariAndPashtoTest {

    private static final String DARI = "fa-AF";
    private static final String PASHTO = "ps-AF";

    /** An article the reader finds one event in: a district, a day, actors and a figure. */
    private static final String RETAKEN = "date 2020-03-05 Kabul Ledger - Afghan special forces retook Imam Sahib"
            + " district in Kunduz province on Tuesday after a night of fighting, a police spokesman said. At least 14"
            + " insurgents were killed, he added.";

    @Inject
    TestUsers users;

    @Test
    void anImportedArticleAndItsCandidatesInDari() {
        String name = users.fresh("dari-sources", Role.REVIEWER);
        Browser reviewer = Browser.signedIn(name).with("Accept-Language", DARI);

        String form = reviewer.get("/sources/import").body().asString();
        assertThat(form).contains("<html lang=\"fa-AF\" dir=\"rtl\">", "<h1>واردکردن یک مقاله</h1>", "<code>.txt</code>",
                "<code>date YYYY-MM-DD Outlet -</code>", "اگر سطر نخست آن چنین آغاز شود:")
                .doesNotContain("Paste the article", "Import many files at once", "Upload the files", "Article text");

        String article = RETAKEN + "\n\nCopy " + System.nanoTime() + ".";
        Response imported = reviewer.submitMultipart("/sources/import", "/sources/import",
                Map.of("text", article, "url", "", "outlet", ""), null, null);
        assertThat(imported.statusCode()).isEqualTo(303);
        long sourceId = Browser.idFrom(imported);
        String eastern = eastern(sourceId);
        String page = reviewer.follow(imported).body().asString();
        assertThat(page).contains("<html lang=\"fa-AF\" dir=\"rtl\">")
                .contains("مقاله به عنوان منبع " + eastern + " وارد شد.", "<title>منبع " + eastern + " — ")
                .contains("رویدادهایی که متن گزارش می\u200cدهد (۱)", "<dt>زمان</dt><dd>2020-03-03 (روز)</dd>",
                        "<bdi>Imam Sahib</bdi>, <bdi>Kunduz</bdi>", " علیه <bdi>", "کمینه ۱۴ · بهترین برآورد",
                        "نوشتن این ادعا", ">در متن</a>")
                .doesNotContain("Events the text reports", "Claims citing this source", "Fatalities", "Write this claim",
                        "in the text</a>", "Correct the details", "no figure", "(DAY)", " against ");

        long claimId = Browser.idFrom(reviewer.submit("/claims/new", "/claims",
                ClaimFields.valid("A claim the candidate's citations join " + System.nanoTime())));
        Response added = reviewer.submit("/sources/" + sourceId, "/sources/" + sourceId + "/candidates/0/citations",
                Map.of("claimId", claimId));
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(reviewer.follow(added).body().asString())
                .contains("۱ استناد از منبع " + eastern + " به ادعای " + eastern(claimId) + " افزوده شد.")
                .doesNotContain("added to claim");

        String cited = reviewer.get("/sources/" + sourceId).body().asString();
        assertThat(cited).contains("(۱)</h2>", "· ادعاکننده <strong dir=\"auto\">a police spokesman</strong> (طرف درگیری)")
                .doesNotContain("claimant <strong", "party to the conflict");

        Response again = reviewer.submitMultipart("/sources/import", "/sources/import",
                Map.of("text", article, "url", "", "outlet", ""), null, null);
        assertThat(reviewer.follow(again).body().asString())
                .contains("این مقاله از پیش شناخته\u200cشده است: این منبع " + eastern + " است.");
    }

    @Test
    void theListAndTheSourceFormsInDari() {
        Browser reviewer = Browser.signedIn(users.fresh("dari-forms", Role.REVIEWER)).with("Accept-Language", DARI);
        String marker = "dari" + System.nanoTime();

        String blank = reviewer.get("/sources/new").body().asString();
        assertThat(blank).contains("<h1>منبع جدید</h1>", "<label for=\"title\">عنوان <span class=\"req\">(ضروری)</span>",
                "<label for=\"text\">متن کامل", "اگر منبع پیوندی ندارد، خالی بگذارید")
                .doesNotContain("New source", "Full text", "Leave empty", "Save the source", ">Outlet<");

        Response saved = reviewer.submit("/sources/new", "/sources", Map.of("title", "گزارش ولایت " + marker,
                "kind", "NEWS_MEDIA", "publishedAt", "2024-02-28", "language", "fa"));
        long sourceId = Browser.idFrom(saved);
        assertThat(reviewer.follow(saved).body().asString()).contains("منبع " + eastern(sourceId) + " ذخیره شد.",
                "<dt>رسانه</dt><dd dir=\"auto\">نامعلوم</dd>", "<dt>نشانی (URL)</dt><dd>ندارد</dd>");

        String list = reviewer.get("/sources?q=" + marker).body().asString();
        assertThat(list).contains("<h1>منابع</h1>", "منابع یافت\u200cشده: ۱", "<td class=\"wide-only\">" + eastern(sourceId) + "</td>",
                "<td class=\"wide-only\">رسانه خبری</td>")
                .doesNotContain("Sources found", "Title or outlet", ">Search<", "Describe a source by hand");

        String edit = reviewer.get("/sources/" + sourceId + "/edit").body().asString();
        assertThat(edit).contains("<h1>اصلاح جزئیات منبع</h1>", "هنوز هیچ ادعایی به این منبع استناد نکرده است.")
                .doesNotContain("Correct the source", "No claim cites", "Save the correction");
        Response corrected = reviewer.submit("/sources/" + sourceId + "/edit", "/sources/" + sourceId,
                Map.of("title", "گزارش ولایت " + marker, "kind", "NEWS_MEDIA", "publishedAt", "2024-02-27", "language", "fa"));
        assertThat(reviewer.follow(corrected).body().asString()).contains("منبع " + eastern(sourceId) + " اصلاح شد؛");
    }

    @Test
    void theCitationPagesAndTheirMessagesInDari() {
        String alice = users.fresh("dari-alice", Role.REVIEWER);
        Browser reviewer = Browser.signedIn(alice).with("Accept-Language", DARI);
        long claimId = Browser.idFrom(reviewer.submit("/claims/new", "/claims",
                ClaimFields.valid("A claim cited in Dari " + System.nanoTime())));
        String claim = eastern(claimId);

        String form = reviewer.get("/claims/" + claimId + "/citations/new").body().asString();
        assertThat(form).contains("<title>پیوست یک منبع به ادعای " + claim + " — ", "<h1>پیوست یک منبع</h1>",
                "<label for=\"sourceId\">یک منبع موجود", "<legend>…یا یک منبع جدید</legend>", "آیا ادعاکننده طرف درگیری است؟")
                .doesNotContain("Attach a source", "An existing source", "Figure as stated", "The short phrase", ">Url<");

        long sourceId = Api.createSource(alice, "Dari Outlet");
        Response attached = reviewer.submit("/claims/" + claimId + "/citations/new", "/claims/" + claimId + "/citations",
                Map.of("sourceId", sourceId, "stance", "SUPPORTS", "claimant", "وزارت دفاع", "statedFigure", "at least 21",
                        "quote", "دست کم ۲۱ نفر"));
        assertThat(reviewer.follow(attached).body().asString()).contains("منبع پیوست شد.");

        long citationId = Api.as(alice).get("/api/claims/" + claimId).jsonPath().getLong("citations[0].id");
        String citation = eastern(citationId);
        String edit = reviewer.get("/claims/" + claimId + "/citations/" + citationId + "/edit").body().asString();
        assertThat(edit).contains("<p class=\"muted\">ادعای " + claim + " · استناد #" + citation + "</p>",
                "<h1>ویرایش یک استناد</h1>", "مربوط به ادعای <a href=\"/claims/" + claimId + "\">")
                .doesNotContain("Edit a citation", "Save the citation", "Remove it", "kept in the claim");

        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sourceId", sourceId);
        fields.put("stance", "REFUTES");
        fields.put("claimant", "وزارت دفاع");
        fields.put("quote", "دست کم ۲۱ نفر");
        Response saved = reviewer.submit("/claims/" + claimId + "/citations/" + citationId + "/edit",
                "/claims/" + claimId + "/citations/" + citationId, fields);
        assertThat(reviewer.follow(saved).body().asString()).contains("استناد #" + citation + " ذخیره شد؛");

        String remove = reviewer.get("/claims/" + claimId + "/citations/" + citationId + "/remove").body().asString();
        assertThat(remove).contains("<h1>این استناد حذف شود؟</h1>", "· ادعاکننده <strong dir=\"auto\">وزارت دفاع</strong>")
                .doesNotContain("Remove this citation", "Keep it", "claimant <strong");
        Response removed = reviewer.submit("/claims/" + claimId + "/citations/" + citationId + "/remove",
                "/claims/" + claimId + "/citations/" + citationId + "/remove", Map.of());
        assertThat(reviewer.follow(removed).body().asString()).contains("استناد #" + citation + " حذف شد؛");
    }

    @Test
    void theSourcePagesAndABulkImportInPashto() {
        String name = users.fresh("pashto-sources", Role.REVIEWER);
        Browser reviewer = Browser.signedIn(name).with("Accept-Language", PASHTO);

        String list = reviewer.get("/sources?q=nothing-matches-" + System.nanoTime()).body().asString();
        assertThat(list).contains("<html lang=\"ps-AF\" dir=\"rtl\">", "<h1>سرچینې</h1>", "موندل شوې سرچینې: ۰")
                .doesNotContain("Sources found", "Import an article");

        String form = reviewer.get("/sources/import").body().asString();
        assertThat(form).contains("<h1>یوه مقاله وارد کړئ</h1>", "<label for=\"files\">فایلونه", "فایلونه پورته کړئ")
                .doesNotContain("Import many files", "Upload the files", ">Files<");

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("kunduz.txt", (RETAKEN + "\n\nPashto copy " + System.nanoTime() + ".").getBytes(StandardCharsets.UTF_8));
        files.put("report.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        Response posted = reviewer.submitFiles("/sources/import", "/imports", "files", files);
        assertThat(posted.statusCode()).isEqualTo(303);
        String location = Browser.location(posted);
        assertThat(reviewer.follow(posted).body().asString()).contains("فایلونه ترلاسه شول");

        String[] job = new String[1];
        assertThat(Eventually.holds(() -> (job[0] = reviewer.get(location).body().asString()).contains("بشپړ شو: ۲ له ۲ فایلونو")))
                .as("the job's page says it is done, in Pashto").isTrue();
        assertThat(job[0]).contains("<h2>وارد شوي (۱)</h2>", "<h2>نه دي وارد شوي (۱)</h2>",
                        "<bdi>report.pdf</bdi>: <span lang=\"en\" dir=\"ltr\">")
                .doesNotContain("Done:", "Imported (", "Known already", "Import more", "All sources");
    }

    /** A number as Dari and Pashto pages write it. */
    private static String eastern(long n) {
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            out.append((char) ('۰' + (c - '0')));
        }
        return out.toString();
    }
}
