package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every casualty figure stated in the seed articles ({@code ../shared/seeds}), each as the short phrase that
 * carries it, reads as a careful coder would read it. The phrase must occur in its seed as written, so a phrase
 * copied wrong fails rather than testing text no source contains.
 */
class SeedFiguresTest {

    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    @ParameterizedTest(name = "seed {0}: \"{1}\" reads low {2}, high {3}, approximate {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # 000: Taywara district, Ghor
            000 | more than 50 Taliban militants              | 51    |       | false
            000 | killing nearly 59                           |       | 59    | false
            000 | injuring several others                     | 3     |       | true
            000 | killed nearly 59 Taliban insurgents         |       | 59    | false
            000 | killed at least 26 Afghan soldiers          | 26    |       | false
            000 | wounded 13 others                           | 13    | 13    | false
            # 001: Qala-e-Zal, Kunduz; Kunar; the year's toll
            001 | killing two employees                       | 2     | 2     | false
            001 | Over 1,000 members of Afghan security forces | 1001 |       | false
            001 | over 700 civilians have so far been killed  | 701   |       | false
            # 002: Khan Abad and Dawlat Abad; the Taliban's counter-claim; the war's civilian toll
            002 | killing 119 Taliban                         | 119   | 119   | false
            002 | 119 #Taliban terrorists were killed         | 119   | 119   | false
            002 | 84 others were wounded                      | 84    | 84    | false
            002 | at least five civilians                     | 5     |       | false
            002 | injured 20 people                           | 20    | 20    | false
            002 | killing at least 21 security forces         | 21    |       | false
            002 | close to 47,600 civilians have been killed  |       | 47600 | false
            # 003: Darqad, Takhar
            003 | many militants dead or wounded              | 3     |       | true
            003 | Some twenty militants                       | 20    | 20    | true
            003 | one Afghan soldier had died                 | 1     | 1     | false
            003 | at least six Afghan security force members dead | 6 |       | false
            # 004: Mihtarlam, Laghman
            004 | 50 militants have been killed               | 50    | 50    | false
            004 | over 60 militants were also injured         | 61    |       | false
            # people displaced: not casualties, but figures read the same way
            001 | Around 2,000 families                       | 2000  | 2000  | true
            001 | nearly 75,000 people                        |       | 75000 | false
            004 | hundreds of people had been displaced       | 100   |       | true
            """)
    void aStatedFigureReadsAsACarefulCoderWould(String seed, String phrase, Integer low, Integer high,
            boolean approximate) throws IOException {
        assertThat(seedText(seed)).as("seed %s", seed).contains(phrase);

        assertThat(FigureParser.parse(phrase)).isEqualTo(new Figure(low, high, approximate));
    }

    /** Casualty talk without a count, and the numbers around the figures that are not counts: none is read. */
    @ParameterizedTest(name = "seed {0}: \"{1}\" has no figure")
    @CsvSource(delimiter = '|', textBlock = """
            000 | military side were still unknown
            000 | inflicted heavy casualties
            000 | any civilian casualties
            000 | (28 July)
            000 | about five days ago
            000 | the past four days
            001 | no reports of casualty figures
            001 | The high casualty figures
            001 | 10 days ago
            001 | 6:00 a.m.
            001 | in September 2015
            001 | in October 2016
            001 | in 2001
            001 | the first four months of the year
            001 | nearly 16 years after
            002 | more than double that number injured
            002 | mounting casualties on all sides
            002 | during the last 24 hours
            002 | over the last two months
            002 | September 2021
            002 | the 20 years of war
            003 | suffering heavy casualties
            003 | 14-year-insurgency
            003 | two months after
            003 | two days of intense fighting
            003 | at the end of 2014
            004 | date 2021-05-24
            004 | about 120 kilometers
            004 | the two-decade war
            004 | by May 1
            004 | back to September 11
            """)
    void noFigureIsReadWhereTheSeedStatesNone(String seed, String phrase) throws IOException {
        assertThat(seedText(seed)).as("seed %s", seed).contains(phrase);

        assertThat(FigureParser.parse(phrase)).isNull();
    }

    private static String seedText(String prefix) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS),
                "../shared/seeds is absent: the seed figure tests need the seed articles next to the project");
        try (Stream<Path> files = Files.list(SEEDS)) {
            Path seed = files.filter(file -> file.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new AssertionError("no seed " + prefix + "_* in " + SEEDS.toAbsolutePath()));
            return Files.readString(seed);
        }
    }
}
