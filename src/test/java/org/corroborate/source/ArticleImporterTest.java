package org.corroborate.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Reading an article in the seed format: the optional dateline, the title, and refusals of what is not an article. */
class ArticleImporterTest {

    @Test
    void aDatelineGivesThePublishedDateAndTheOutletAndIsNotPartOfTheText() {
        ArticleImporter.Article article = ArticleImporter.read(
                " date 2021-05-24 Islam Times - The ministry reported fighting near the provincial capital overnight. "
                        + "More follows.\n\nSecond paragraph.");

        assertThat(article.publishedAt()).contains(LocalDate.of(2021, 5, 24));
        assertThat(article.outlet()).contains("Islam Times");
        assertThat(article.text()).startsWith("The ministry reported").endsWith("Second paragraph.");
        assertThat(article.title()).isEqualTo("The ministry reported fighting near the provincial capital overnight"); // headline style: no full stop
    }

    @Test
    void anOutletNameMayContainHyphensAndSpaces() {
        ArticleImporter.Article article = ArticleImporter.read(
                "date 2017-07-28 Al-Jazeera English - Troops entered the district centre at dawn on Friday.");

        assertThat(article.outlet()).contains("Al-Jazeera English");
        assertThat(article.text()).isEqualTo("Troops entered the district centre at dawn on Friday.");
    }

    @Test
    void withoutADatelineThereIsNoDateNorOutletAndTheWholeTextIsKept() {
        String raw = "Kabul: Afghan forces retook a district on the northern border, officials said on Sunday.\n"
                + "More text.";

        ArticleImporter.Article article = ArticleImporter.read(raw);

        assertThat(article.publishedAt()).isEmpty();
        assertThat(article.outlet()).isEmpty();
        assertThat(article.text()).isEqualTo(raw);
        assertThat(article.title()).isEqualTo(
                "Kabul: Afghan forces retook a district on the northern border, officials said on Sunday");
    }

    @Test
    void aLongFirstSentenceIsCutAtAWordForTheTitle() {
        String sentence = "Fighting ".repeat(40).strip() + ".";

        String title = ArticleImporter.read(sentence).title();

        assertThat(title).hasSizeLessThanOrEqualTo(ArticleImporter.TITLE_LENGTH).endsWith("Fighting…");
    }

    @Test
    void windowsLineEndingsAreRead() {
        ArticleImporter.Article article = ArticleImporter.read("date 2016-01-10 AFP - First line of the report.\r\nSecond line.");

        assertThat(article.text()).isEqualTo("First line of the report.\nSecond line.");
    }

    @Test
    void aDatelineWithAnImpossibleDateIsRefused() {
        assertThatThrownBy(() -> ArticleImporter.read("date 2021-02-30 Islam Times - Text of the article follows."))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021-02-30")
                .hasMessageContaining("not a real date");
    }

    @Test
    void anEmptyOrBlankArticleIsRefused() {
        assertThatThrownBy(() -> ArticleImporter.read("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the article is empty");
        assertThatThrownBy(() -> ArticleImporter.read(" \n\t ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the article is empty");
        assertThatThrownBy(() -> ArticleImporter.read(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDatelineWithoutTextIsRefused() {
        assertThatThrownBy(() -> ArticleImporter.read("date 2021-05-24 Islam Times - \n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the article has a dateline but no text");
    }

    @Test
    void binaryContentIsRefused() {
        assertThatThrownBy(() -> ArticleImporter.read("date 2021-05-24 Outlet - some\0text"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the article is not plain text");
    }

    /**
     * A hostile upload cannot make the dateline pattern backtrack over the whole text (it took seconds per 2 MB:
     * 200 lazy outlet lengths times the run of spaces). The bound is generous; the old reading took over ten
     * times as long on this 10 MB input.
     */
    @org.junit.jupiter.api.Test
    void aDatelineFollowedByAHugeRunOfSpacesIsReadInLinearTime() {
        String hostile = "date 2021-06-22 X" + " ".repeat(10_000_000) + "y";

        ArticleImporter.Article article = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> ArticleImporter.read(hostile));

        assertThat(article.publishedAt()).isEmpty();
        assertThat(article.text()).startsWith("date 2021-06-22 X").endsWith("y");
    }

    @Test
    void aDatelineIsOnlyLookedForAtTheStart() {
        ArticleImporter.Article article = ArticleImporter.read("date 2021-06-22 " + "Outlet ".repeat(60) + "- Text.");

        assertThat(article.publishedAt()).as("an outlet longer than 200 characters is no dateline").isEmpty();
    }

    /** Found by the fuzz test: a long word of emoji was cut in the middle of one for the title. */
    @Test
    void aTitleCutShortNeverEndsInHalfACharacter() {
        String title = ArticleImporter.read("\uD83D\uDE00".repeat(120) + " and more.").title();

        assertThat(title).endsWith("\uD83D\uDE00…");
        assertThat(title.codePoints().filter(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)).isEmpty();
    }

    /** Found by bench/fuzz-import.sh: a dateline whose outlet is only spaces named an empty outlet. */
    @Test
    void aDatelineWithSpacesForAnOutletGivesTheDateButNoOutlet() {
        ArticleImporter.Article article = ArticleImporter.read("date 2021-06-22      -      Troops retook the town.");

        assertThat(article.publishedAt()).contains(LocalDate.of(2021, 6, 22));
        assertThat(article.outlet()).isEmpty();
        assertThat(article.text()).isEqualTo("Troops retook the town.");
    }

    @Test
    void aWebPageKeepsItsTextInParagraphsWithoutMarkupScriptsOrMenus() {
        String page = """
                <!DOCTYPE html><html><head><title>Kunduz | Example News</title>
                <style>p { color: red }</style><script>var tracking = "do not keep";</script></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><header><h1>Troops retake Kunduz&#8217;s district centre</h1></header>
                <p>Security forces retook the district centre on <b>Sunday</b> after two days of clashes, the
                   provincial police spokesman said.</p>
                <p>At least 12 fighters were killed, according to&nbsp;officials.<br>Residents fled &amp; returned.</p>
                <ul><li>Kunduz</li><li>Baghlan</li></ul></article>
                <aside>Most read</aside><footer>&copy; Example News</footer><form><input name="q"></form></body></html>
                """;
        String text = ArticleImporter.fromHtml(page);
        assertThat(text).isEqualTo("""
                Troops retake Kunduz’s district centre

                Security forces retook the district centre on Sunday after two days of clashes, the provincial \
                police spokesman said.

                At least 12 fighters were killed, according to officials.
                Residents fled & returned.

                Kunduz

                Baghlan""");
        assertThat(ArticleImporter.read(text).title()).isEqualTo("Troops retake Kunduz’s district centre");
    }

    @Test
    void aPageWithoutTextIsRefusedAsEmpty() {
        String text = ArticleImporter.fromHtml("<html><script>alert(1)</script><nav>Home</nav></html>");
        assertThat(text).isEmpty();
        assertThatThrownBy(() -> ArticleImporter.read(text)).hasMessage("the article is empty");
    }
}
