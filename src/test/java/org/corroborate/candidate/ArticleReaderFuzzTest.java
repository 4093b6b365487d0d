package org.corroborate.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.corroborate.place.PlaceLookup;
import org.corroborate.place.ShippedGazetteer;

/**
 * The reader on texts made of its own words in random order: event words, places, dates, figures, attributions,
 * punctuation and stray characters. Whatever the text, it answers (no exception), every span lies in the text, every
 * date is on or before the article's (when it has one), and every place is the gazetteer's.
 */
class ArticleReaderFuzzTest {

    private static final PlaceLookup GAZETTEER = ShippedGazetteer.lookup();
    private static final List<String> WORDS = List.of("recaptured", "seized", "fell to", "clashed", "an air strike",
            "a rocket attack", "killing", "at least 12", "nearly 59", "dozens", "were killed", "died", "said", "told AFP",
            "according to", "denied", "the ministry", "he added", "it said", "Taliban", "Afghan forces", "Kunduz",
            "Khan Abad", "Dawlat Abad", "Qala-e-Zal", "district", "province", "in", "of", "on Sunday", "late Tuesday",
            "last week", "five days ago", "about five days ago", "earlier this month", "in late October", "28 July",
            "2021-02-30", "31 February", "in 2015", "this year", "nationwide", "which", "after", ",", ".", ".", "!",
            "\u201c", "\u201d", "\n", "(", ")", "-", "\u00e9", "\uD83D\uDE00", "U.S.", "a.m.", "0", "99999999999");

    @Test
    void anyMixOfItsWordsIsReadWithoutFailingAndWithinTheText() {
        Random random = new Random(20261207);
        LocalDate published = LocalDate.of(2021, 6, 23);
        for (int i = 0; i < 1_500; i++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(80);
            for (int w = 0; w < words; w++) {
                text.append(WORDS.get(random.nextInt(WORDS.size()))).append(random.nextInt(5) == 0 ? "" : " ");
            }
            String article = text.toString();
            LocalDate dated = random.nextBoolean() ? published : null;
            for (ArticleReader.Reading r : ArticleReader.read(article, dated, GAZETTEER)) {
                assertThat(r.start()).as(article).isBetween(0, article.length());
                assertThat(r.end()).as(article).isBetween(r.start(), article.length());
                r.spans().forEach(s -> assertThat(s[1]).as(article).isBetween(s[0], article.length()));
                r.citations().forEach(c -> assertThat(c.end()).as(article).isLessThanOrEqualTo(article.length()));
                if (r.date() != null && dated != null) {
                    assertThat(r.date()).as(article).isBeforeOrEqualTo(published);
                }
                if (r.where().place() != null) {
                    assertThat(GAZETTEER.byPcode(r.where().place().pcode())).as(article).isPresent();
                }
            }
        }
    }
}
