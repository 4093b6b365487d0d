package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** How stated figures read: one row per phrase, as a careful coder would read it (rules in {@link FigureParser}). */
class FigureParserTest {

    @ParameterizedTest(name = "\"{0}\" reads low {1}, high {2}, approximate {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # digits and number words
            119                                 | 119     | 119     | false
            1,200                             | 1200    | 1200    | false
            1200                                | 1200    | 1200    | false
            one                                 | 1       | 1       | false
            twenty-one                          | 21      | 21      | false
            twenty one                          | 21      | 21      | false
            Twenty-One                          | 21      | 21      | false
            hundred                             | 100     | 100     | false
            a hundred                           | 100     | 100     | false
            one hundred and twenty              | 120     | 120     | false
            two thousand five hundred           | 2500    | 2500    | false
            2 thousand                          | 2000    | 2000    | false
            1.5 million                         | 1500000 | 1500000 | false
            a dozen                             | 12      | 12      | false
            two dozen                           | 24      | 24      | false
            half a dozen                        | 6       | 6       | false
            a score                             | 20      | 20      | false
            zero                                | 0       | 0       | false
            no one was killed                   | 0       | 0       | false
            no casualties                       | 0       | 0       | false
            nobody                              | 0       | 0       | false
            # lower bounds: "more than N" excludes N
            at least 21                         | 21      |         | false
            no fewer than 10                    | 10      |         | false
            not less than 7                     | 7       |         | false
            a minimum of 4                      | 4       |         | false
            50 or more                          | 50      |         | false
            50+                                 | 50      |         | false
            more than 50                        | 51      |         | false
            over 1,000                          | 1001    |         | false
            Over 700                            | 701     |         | false
            in excess of 200                    | 201     |         | false
            more than a dozen                   | 13      |         | false
            # upper bounds: "fewer than N" excludes N
            nearly 59                           |         | 59      | false
            almost 40                           |         | 40      | false
            close to 47,600                   |         | 47600   | false
            up to 30                            |         | 30      | false
            as many as 30                       |         | 30      | false
            no more than 12                     |         | 12      | false
            at most 8                           |         | 8       | false
            10 or fewer                         |         | 10      | false
            fewer than 10                       |         | 9       | false
            less than a dozen                   |         | 11      | false
            under 5                             |         | 4       | false
            # estimates
            about 50                            | 50      | 50      | true
            around 2,000                      | 2000    | 2000    | true
            some twenty                         | 20      | 20      | true
            roughly 100                         | 100     | 100     | true
            approximately 75                    | 75      | 75      | true
            approx. 40                          | 40      | 40      | true
            an estimated 300                    | 300     | 300     | true
            ~50                                 | 50      | 50      | true
            50 or so                            | 50      | 50      | true
            50-odd                              | 50      | 50      | true
            about a dozen                       | 12      | 12      | true
            # ranges
            20 to 30                            | 20      | 30      | false
            20-30                               | 20      | 30      | false
            20–30                               | 20      | 30      | false
            20 — 30 killed                      | 20      | 30      | false
            between 20 and 30                   | 20      | 30      | false
            from 20 to 30                       | 20      | 30      | false
            two or three                        | 2       | 3       | false
            twenty to thirty                    | 20      | 30      | false
            about 20 to 30                      | 20      | 30      | true
            dozens to hundreds                  | 12      | 100     | true
            # vague amounts: the code as a low bound, approximate
            a couple of                         | 2       |         | true
            a few                               | 2       |         | true
            several                             | 3       |         | true
            many                                | 3       |         | true
            tens                                | 10      |         | true
            dozens                              | 12      |         | true
            Dozens of civilians                 | 12      |         | true
            scores                              | 20      |         | true
            hundreds                            | 100     |         | true
            thousands                           | 1000    |         | true
            several hundred                     | 300     |         | true
            a few dozen                         | 24      |         | true
            tens of thousands                   | 10000   |         | true
            hundreds of thousands               | 100000  |         | true
            at least dozens                     | 12      |         | true
            more than three dozen               | 37      |         | false
            up to hundreds                      |         | 100     | true
            # words around the figure, and which figure is read
            killed 21 soldiers                  | 21      | 21      | false
            21 dead                             | 21      | 21      | false
            killing at least 21 security forces | 21      |         | false
            21 soldiers and 3 police            | 21      | 21      | false
            26 killed and 13 wounded            | 26      | 26      | false
            13 wounded and 26 killed            | 26      | 26      | false
            wounded 13 and killed 26            | 26      | 26      | false
            84 wounded                          | 84      | 84      | false
            killed 5, injured 20              | 5       | 5       | false
            nearly 59 and injuring several      |         | 59      | false
            as many as 15 may have died         |         | 15      | false
            50 killed on 15 October           | 50      | 50      | false
            15 October: 50 killed             | 50      | 50      | false
            in 2015 some 300 died               | 300     | 300     | true
            a 12-year-old and 3 adults          | 3       | 3       | false
            """)
    void readsTheFigure(String stated, Integer low, Integer high, boolean approximate) {
        assertThat(FigureParser.parse(stated)).isEqualTo(new Figure(low, high, approximate));
    }

    @ParameterizedTest(name = "\"{0}\" has no figure")
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "no figure",
            "unknown",
            "not known",
            "n/a",
            "heavy casualties",
            "no reports of casualty figures",
            "a soldier",
            "few",
            "how many were killed",
            "more than double that number",
            "15 October",
            "October 15",
            "15 May 2021",
            "October 15, 2016",
            "28 July",
            "15th",
            "in 2015",
            "since 2001",
            "September 2015",
            "at the end of 2014",
            "2014-2015",
            "2021-05-24",
            "6:00 a.m.",
            "at 6 pm",
            "the last 24 hours",
            "about five days ago",
            "several hours",
            "a 12-year-old",
            "aged 12",
            "about 120 kilometers",
            "50%",
            "2.5",
    })
    void readsNoFigure(String stated) {
        assertThat(FigureParser.parse(stated)).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" reads \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            119              | 119
            at least 21      | at least 21
            more than 50     | at least 51
            nearly 59        | at most 59
            about 50         | about 50
            20 to 30         | 20 to 30
            about 20 to 30   | about 20 to 30
            dozens           | at least 12 (approximate)
            up to hundreds   | at most 100 (approximate)
            over 1,000       | at least 1,001
            """)
    void readsInWords(String stated, String reading) {
        assertThat(FigureParser.parse(stated).reading()).isEqualTo(reading);
    }

    @Test
    void serialisesAsLowHighApproximate() throws Exception {
        ObjectMapper json = new ObjectMapper();

        assertThat(json.writeValueAsString(FigureParser.parse("nearly 59")))
                .isEqualTo("{\"low\":null,\"high\":59,\"approximate\":false}");
        assertThat(json.writeValueAsString(FigureParser.parse("dozens")))
                .isEqualTo("{\"low\":12,\"high\":null,\"approximate\":true}");
        assertThat(json.readValue("{\"low\":20,\"high\":30,\"approximate\":false}", Figure.class))
                .isEqualTo(new Figure(20, 30, false));
    }

    @Test
    void refusesAFigureThatBoundsNothing() {
        List.<Runnable>of(
                () -> new Figure(null, null, false),
                () -> new Figure(30, 20, false),
                () -> new Figure(-1, null, false))
                .forEach(figure -> assertThatThrownBy(figure::run).isInstanceOf(IllegalArgumentException.class));
    }
}
