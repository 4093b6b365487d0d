package org.corroborate.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.db.OlderRows;
import org.corroborate.input.SearchText;
import org.corroborate.web.Browser;

/** The source list's search by title and outlet, over the API and on the page, and for sources older than it. */
@QuarkusTest
class SourceSearchTest extends OlderRows {

    /** A Dari headline as typed on a Persian keyboard: Persian yeh (U+06CC) and keheh (U+06A9), a ZWNJ. */
    static final String DARI_TITLE = "سقوط ولسوال\u06CC خان\u200Cآباد در ولا\u06CCت \u06A9ندز";

    /** Its words on an Arabic keyboard: Arabic yeh and kaf, no ZWNJ, a kasra. */
    static final String ARABIC_FORMS = "ولسوال\u064A خانآباد در و\u0650لا\u064Aت \u0643ندز";

    @Inject
    TestUsers users;

    @Test
    void aDariTitleIsFoundWhenTypedWithArabicLetterFormsOverTheApiAndOnThePage() {
        String reviewer = users.fresh("sources", Role.REVIEWER);
        String outlet = "Outlet " + System.nanoTime();
        long id = sourceTitled(reviewer, DARI_TITLE, outlet);

        assertThat(ids(ARABIC_FORMS + " " + outlet, reviewer)).isEmpty(); // title and outlet are matched one by one
        List<Long> found = Api.as(reviewer).queryParam("q", ARABIC_FORMS).queryParam("size", 100).get("/api/sources")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertThat(found).contains(id);
        assertThat(ids(outlet.toUpperCase(), reviewer)).containsExactly(id);

        String page = Browser.signedIn(reviewer).get("/sources", Map.of("q", ARABIC_FORMS)).body().asString();
        assertThat(page).contains(DARI_TITLE, "/sources/" + id + "\"");
    }

    @Test
    void anOutletWithEasternDigitsIsFoundByWesternOnes() {
        String reviewer = users.fresh("sources", Role.REVIEWER);
        String western = "7" + System.nanoTime();
        StringBuilder eastern = new StringBuilder();
        western.chars().forEach(d -> eastern.append((char) ('۰' + d - '0')));
        long id = sourceTitled(reviewer, "گزارش", "رادیو " + eastern);

        assertThat(ids(western, reviewer)).containsExactly(id);
        assertThat(ids("راديو " + eastern, reviewer)).containsExactly(id);
    }

    @Test
    void aSourceStoredBeforeSearchTextsGetsItsOwnAfterStartAndIsFoundByIt() throws Exception {
        String reviewer = users.fresh("sources", Role.REVIEWER);
        String outlet = "پژواک " + System.nanoTime();
        long id = sourceTitled(reviewer, DARI_TITLE, outlet);
        QuarkusTransaction.requiringNew().run(() -> Source.getEntityManager()
                .createNativeQuery("UPDATE source SET search_text = NULL WHERE id = ?1").setParameter(1, id)
                .executeUpdate());
        assertThat(ids(outlet, reviewer)).isEmpty();

        catchUpAsAfterAStart(); // as after a start

        assertThat(QuarkusTransaction.requiringNew().call(() -> Source.<Source>findById(id).searchText))
                .isEqualTo(SearchText.of(Source.SEARCH_TEXT_MAX, DARI_TITLE, outlet));
        assertThat(ids(outlet, reviewer)).containsExactly(id);
    }

    private static long sourceTitled(String user, String title, String outlet) {
        Map<String, Object> body = new HashMap<>(Map.of("url", "https://example.org/dari/" + System.nanoTime(),
                "title", title, "outlet", outlet, "kind", "NEWS_MEDIA", "language", "prs"));
        return Api.as(user).body(body).post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<Long> ids(String q, String user) {
        return Api.as(user).queryParam("q", q).get("/api/sources").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class);
    }
}
