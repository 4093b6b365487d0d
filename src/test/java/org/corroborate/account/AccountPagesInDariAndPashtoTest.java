package org.corroborate.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestClaims;
import org.corroborate.TestUsers;
import org.corroborate.web.Browser;

/**
 * The sign-in, set-up, account, admin, audit and queue pages, the error page, the pagers and the flash messages these
 * pages' forms leave speak Dari and Pashto, with no English left of what they say; the API beside them stays English.
 */
@QuarkusTest
class AccountPagesInDariAndPashtoTest {

    private static final String DARI = "fa-AF";
    private static final String PASHTO = "ps-AF";

    @Inject
    TestUsers users;

    @Inject
    TestClaims claims;

    @Test
    void anAnonymousVisitorSignsInInDari() {
        String login = Browser.anonymous().with("Accept-Language", "fa-AF,fa;q=0.9,en;q=0.5").get("/login").body().asString();
        assertThat(login).contains("<html lang=\"fa-AF\" dir=\"rtl\">", "<title>ورود — Corroborate</title>",
                "<h1>ورود</h1>", "<label for=\"j_username\">نام کاربری</label>", "<label for=\"j_password\">رمز عبور</label>",
                "<button type=\"submit\">ورود</button>");
        assertThat(login).doesNotContain("Sign in", "Username", "Password");

        String wrong = Browser.anonymous().with("Accept-Language", DARI).get("/login?error=true").body().asString();
        assertThat(wrong).contains("<strong>نام کاربری یا رمز عبور نادرست است.</strong> دوباره تلاش کنید.")
                .doesNotContain("Wrong username", "Try again");

        String waiting = Browser.anonymous().with("Accept-Language", DARI).get("/login?retry=40").body().asString();
        assertThat(waiting).contains("پس از ۴۰ ثانیه دوباره تلاش کنید.", "هیچ چیزی برای همیشه قفل نشده است")
                .doesNotContain("Too many", "Try again", "Nothing is locked");
        assertThat(Browser.anonymous().with("Accept-Language", PASHTO).get("/login?retry=600").body().asString())
                .contains("له ۱۰ دقیقو وروسته بیا هڅه وکړئ.").doesNotContain("minutes");
        assertThat(Browser.anonymous().get("/login?retry=600").body().asString()).contains("Try again in 10 minutes.");
    }

    @Test
    void aSignInStillWorksFromTheDariPage() {
        String name = users.fresh("darisignin", Role.REVIEWER);
        Browser browser = Browser.anonymous().with("Accept-Language", DARI);
        assertThat(browser.get("/login").statusCode()).isEqualTo(200);
        Response signedIn = io.restassured.RestAssured.given().redirects().follow(false)
                .header("Accept-Language", DARI).formParam("j_username", name)
                .formParam("j_password", TestUsers.passwordOf(name)).post("/j_security_check");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.header("Location")).doesNotContain("error");
    }

    @Test
    void theAccountPageAndItsFlashSpeakDari() {
        Browser me = Browser.signedIn(users.fresh("dariaccount", Role.REVIEWER)).with("Accept-Language", DARI);
        Response created = me.submit("/account", "/account/tokens", Map.of("name", "گزارش شبانه", "scope", "write"));
        assertThat(created.statusCode()).isEqualTo(200);
        String page = created.body().asString();
        assertThat(page).contains("dir=\"rtl\"", "<h1>حساب شما</h1>", "توکن‌های API", "توکن تازه شما <bdi>گزارش شبانه</bdi>",
                "با دامنه نوشتن به جای شما عمل کند", "<caption class=\"muted\">۱ توکن</caption>", "<th scope=\"col\">دامنه</th>",
                "<td>نوشتن</td>", "<em>خواندن</em>", "تغییر رمز عبور", "رمز عبور کنونی", "<span class=\"req\">(ضروری)</span>",
                "<code>Authorization: Bearer crb_…</code>");
        assertThat(page).doesNotContain("Your account", "API tokens", "Copy it now", "Revoke", "never", "Change your password",
                "Current password", "Create the token", "What uses it");

        long id = Long.parseLong(page.replaceAll("(?s).*action=\"/account/tokens/(\\d+)/revoke\".*", "$1"));
        Response revoked = me.submit("/account", "/account/tokens/" + id + "/revoke", Map.of());
        assertThat(revoked.statusCode()).isEqualTo(303);
        String after = me.follow(revoked).body().asString();
        assertThat(after).contains("توکن گزارش شبانه باطل شد.", "باطل‌شده در ").doesNotContain("Revoked the token");
    }

    @Test
    void theAdminPagesAndTheirFlashesSpeakPashto() {
        Browser admin = Browser.signedIn(users.fresh("pashtoadmin", Role.ADMIN)).with("Accept-Language", PASHTO);
        String name = "0pashto-" + System.nanoTime(); // first in the list, which is by username
        Response created = admin.submit("/admin/users", "/admin/users", Map.of("username", name,
                "password", "seven-quiet-rivers", "roles", List.of("reviewer", "editor")));
        assertThat(created.statusCode()).isEqualTo(303);
        String users = admin.follow(created).body().asString();
        assertThat(users).contains("<html lang=\"ps-AF\" dir=\"rtl\">", "<h1>کاروونکي</h1>", "د " + name + " حساب جوړ شو.",
                ">د پلټنې دفتر</a>", "کتونکی، سمونګر", ">رولونه خوندي کړئ<", ">پټنوم وټاکئ<", "aria-label=\"" + name
                        + " غیرفعالول\">غیرفعالول</button>", ">کاروونکی جوړ کړئ</h2>", "کوچني لاتیني توري");
        assertThat(users).doesNotContain("Audit log", "Save roles", "Set password", "Disable", "Create a user", "Username",
                "Lower-case", "reviewer, editor", "Created the account");

        long id = User.findByUsername(name).orElseThrow().id;
        Response roles = admin.submit("/admin/users", "/admin/users/" + id + "/roles", Map.of("roles", "editor"));
        assertThat(admin.follow(roles).body().asString()).contains("د " + name + " رولونه په سمونګر بدل شول.");
        Response disabled = admin.submit("/admin/users", "/admin/users/" + id + "/enabled", Map.of("enabled", "false"));
        assertThat(admin.follow(disabled).body().asString()).contains("د " + name + " حساب غیرفعال شو",
                "<span class=\"badge\">غیرفعال</span>");

        String audit = admin.get("/admin/audit").body().asString();
        assertThat(audit).contains("<h1>د پلټنې دفتر</h1>", "<th scope=\"col\">کړنه</th>", "<td>حساب جوړ شو</td>",
                "<td>رولونه بدل شول</td>", "<td>حساب غیرفعال شو</td>");
        assertThat(audit).doesNotContain("Account created", "Roles changed", "Account disabled", "newest first", "Detail");
    }

    @Test
    void theQueuesAndTheWorkflowsFlashesSpeakDari() {
        String alice = users.fresh("dalice", Role.REVIEWER);
        String bob = users.fresh("dbob", Role.REVIEWER);
        Browser editor = Browser.signedIn(users.fresh("deditor", Role.EDITOR)).with("Accept-Language", DARI);
        long claimId = Api.verifiableClaim(alice, bob);

        Response proposed = Browser.signedIn(alice).with("Accept-Language", DARI).submit("/claims/" + claimId,
                "/claims/" + claimId + "/verdict", Map.of("verdict", "VERIFIED", "note", "دو منبع مستقل"));
        assertThat(proposed.statusCode()).isEqualTo(303);

        String decisions = editor.get("/queue/decisions").body().asString();
        assertThat(decisions).contains("<h1>حکم‌های منتظر منظوری</h1>", "— حکم پیشنهادی <strong>تأییدشده</strong> از سوی <bdi>" + alice
                + "</bdi>").doesNotContain("Verdicts waiting", "proposed <strong>", "oldest first");
        Response approved = editor.submit("/claims/" + claimId, "/claims/" + claimId + "/decision",
                Map.of("decision", "APPROVE"));
        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(editor.follow(approved).body().asString()).contains("منظور شد: ادعا نشر شد.")
                .doesNotContain("Approved: the claim is published.");

        String reviews = Browser.signedIn(users.fresh("dreviewer", Role.REVIEWER)).with("Accept-Language", PASHTO)
                .get("/queue/reviews").body().asString();
        assertThat(reviews).contains("<h1>زما رایې ته منتظرې ادعاوې</h1>").doesNotContain("Claims waiting", "oldest first");
    }

    @Test
    void aProposedVerdictsFlashNamesTheVerdictInDari() {
        String alice = users.fresh("falice", Role.REVIEWER);
        String bob = users.fresh("fbob", Role.REVIEWER);
        long claimId = Api.verifiableClaim(alice, bob);
        Browser browser = Browser.signedIn(alice).with("Accept-Language", DARI);
        Response proposed = browser.submit("/claims/" + claimId, "/claims/" + claimId + "/verdict",
                Map.of("verdict", "VERIFIED"));
        assertThat(proposed.statusCode()).isEqualTo(303);
        assertThat(browser.follow(proposed).body().asString()).contains("حکم «تأییدشده» پیشنهاد شد.")
                .doesNotContain("An editor decides next");
    }

    @Test
    void thePagerSpeaksTheLanguageWithItsDigits() {
        String author = users.fresh("dpager", Role.REVIEWER);
        claims.open(author);
        claims.open(author);
        String page = Browser.signedIn(author).with("Accept-Language", DARI).get("/claims?size=1").body().asString();
        assertThat(page).contains("<nav class=\"pager\" aria-label=\"صفحه‌ها\">", "<span>صفحه ۱ از ",
                "rel=\"next\">بعدی</a>").doesNotContain("Page 1 of", ">Next<");
    }

    @Test
    void theErrorPageSpeaksTheLanguageAndTheApiStaysEnglish() {
        Browser reviewer = Browser.signedIn(users.fresh("derror", Role.REVIEWER)).with("Accept-Language", DARI);
        Response forbidden = reviewer.get("/admin/users");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body().asString()).contains("<h1>۴۰۳: اجازه نیست</h1>",
                "نقش‌های حساب شما اجازهٔ این درخواست را نمی‌دهند.", "بازگشت به داشبورد")
                .doesNotContain("not allowed", "Your account's roles", "Back to the dashboard");

        Browser pashto = Browser.signedIn(users.fresh("perror", Role.REVIEWER)).with("Accept-Language", PASHTO);
        Response missing = pashto.get("/no-such-page-at-all");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body().asString()).contains("<title>۴۰۴ ونه موندل شو — Corroborate</title>",
                "<h1>۴۰۴: ونه موندل شو</h1>", "<p>ونه موندل شو</p>").doesNotContain("Not found", "not found");
        assertThat(Browser.signedIn(users.fresh("eerror", Role.REVIEWER)).get("/no-such-page-at-all").body().asString())
                .contains("<title>404 Not found — Corroborate</title>", "<h1>404: not found</h1>", "<p>Not found</p>");

        users.fresh("someone", Role.REVIEWER);
        Response setUpDone = Browser.anonymous().with("Accept-Language", PASHTO).get("/setup");
        assertThat(setUpDone.statusCode()).isEqualTo(404);
        assertThat(setUpDone.body().asString()).contains("چمتو کول بشپړ شوي: پر ځای یې ننوځئ.").doesNotContain("Set-up is done");

        String name = users.fresh("dapi", Role.REVIEWER);
        Response refused = io.restassured.RestAssured.given().auth().preemptive().basic(name, TestUsers.passwordOf(name))
                .header("Accept-Language", DARI).get("/api/users");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body().asString()).contains("Your account's roles do not allow this request.");
    }
}
