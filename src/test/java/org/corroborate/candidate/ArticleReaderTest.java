package org.corroborate.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.corroborate.citation.Stance;
import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.SubEventType;
import org.corroborate.place.PlaceLookup;
import org.corroborate.place.ShippedGazetteer;

/**
 * The reading rules on phrasing written for these tests, not taken from the seed articles: the rules must hold for
 * reports the seeds do not contain.
 */
class ArticleReaderTest {

    private static final PlaceLookup GAZETTEER = ShippedGazetteer.lookup();
    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2020, 3, 5);

    private static List<ArticleReader.Reading> read(String text, LocalDate published) {
        return ArticleReader.read(text, published, GAZETTEER);
    }

    @Test
    void aRetakenDistrictWithItsWeekdayFigureAndClaimant() {
        List<ArticleReader.Reading> found = read("Government troops retook Musa Qala district in Helmand province on"
                + " Monday, a provincial spokesman said. Ten insurgents were killed in the operation, he added.", THURSDAY);

        assertThat(found).hasSize(1);
        ArticleReader.Reading r = found.get(0);
        assertThat(r.type()).isEqualTo(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
        assertThat(r.where().place().pcode()).isEqualTo("AF3009");
        assertThat(r.date()).isEqualTo(LocalDate.of(2020, 3, 2));
        assertThat(r.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(r.citations()).extracting(ArticleReader.Cited::claimant).containsExactly("a provincial spokesman");
        assertThat(r.citations().get(0).statedFigure()).isEqualTo("Ten insurgents");
    }

    @Test
    void aDistrictSeveralProvincesHaveIsAmbiguousUntilItsProvinceIsNamed() {
        ArticleReader.Reading alone = read("Taliban fighters overran Dawlat Abad district late Tuesday, residents said.",
                THURSDAY).get(0);
        assertThat(alone.where().place()).isNull();
        assertThat(alone.where().ambiguous()).extracting(PlaceLookup.Known::pcode).contains("AF2109", "AF2909");

        ArticleReader.Reading named = read("Taliban fighters overran Dawlat Abad district in Balkh late Tuesday,"
                + " residents said.", THURSDAY).get(0);
        assertThat(named.where().place().pcode()).isEqualTo("AF2109");
        assertThat(named.type()).isEqualTo(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        assertThat(named.date()).isEqualTo(LocalDate.of(2020, 3, 3));
    }

    @Test
    void vagueWordsGiveAWeekOrAMonthAndNoDateWithoutThePublishedDate() {
        assertThat(read("Insurgents seized Imam Sahib district in Kunduz province last week.", THURSDAY).get(0))
                .satisfies(r -> {
                    assertThat(r.precision()).isEqualTo(DatePrecision.WEEK);
                    assertThat(r.date()).isEqualTo(THURSDAY.minusDays(7));
                });
        assertThat(read("Insurgents seized Imam Sahib district in Kunduz province five days ago.", THURSDAY).get(0)
                .date()).isEqualTo(THURSDAY.minusDays(5));
        ArticleReader.Reading month = read("Earlier this month the militants captured Imam Sahib in Kunduz.",
                THURSDAY).get(0);
        assertThat(month.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(month.date()).isEqualTo(LocalDate.of(2020, 3, 1));

        ArticleReader.Reading undated = read("Insurgents seized Imam Sahib district in Kunduz province on Sunday.",
                null).get(0);
        assertThat(undated.date()).isNull();
        assertThat(undated.precision()).isNull();
    }

    @Test
    void anAirStrikeOnCiviliansWithTheFigureTiedToWhoGivesIt() {
        ArticleReader.Reading r = read("An air strike killed at least 12 civilians in Chahar Dara district of Kunduz"
                + " on Saturday, according to the United Nations.", THURSDAY).get(0);

        assertThat(r.type()).isEqualTo(SubEventType.AIR_DRONE_STRIKE);
        assertThat(r.where().place().pcode()).isEqualTo("AF1902");
        assertThat(r.date()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(r.actor2()).isEqualTo(Actors.CIVILIANS);
        assertThat(r.citations()).singleElement().satisfies(c -> {
            assertThat(c.claimant()).isEqualTo("the United Nations");
            assertThat(c.statedFigure()).isEqualTo("at least 12 civilians");
        });
    }

    @Test
    void aDenialRefutes() {
        ArticleReader.Reading r = read("The Taliban denied that they had seized Imam Sahib district in Kunduz on"
                + " Sunday, spokesman Zabihullah Mujahid said.", THURSDAY).get(0);
        assertThat(r.citations().get(0).stance()).isEqualTo(Stance.REFUTES);
    }

    @Test
    void backgroundSummariesAndPeopleNamedLikePlacesAreNotEvents() {
        assertThat(read("The district had fallen to the Taliban in 2015 before the army took it back in 2016.",
                THURSDAY)).isEmpty();
        assertThat(read("Clashes took place in Kunduz, Baghlan and Takhar provinces on Monday.", THURSDAY)).isEmpty();
        assertThat(read("Fighting has killed more than 300 people in Helmand so far this year.", THURSDAY)).isEmpty();
        assertThat(read("Spokesman Ghori said the clashes killed 12 people.", THURSDAY)).isEmpty();
    }

    @Test
    void theEventAndItsBackStoryInOneSentenceAreDatedEachByItsOwnWords() {
        List<ArticleReader.Reading> found = read("Afghan commandos recaptured Imam Sahib district in Kunduz on"
                + " Wednesday, which had fallen to the Taliban nine days ago.", THURSDAY);

        assertThat(found).extracting(ArticleReader.Reading::type).containsExactly(
                SubEventType.GOVERNMENT_REGAINS_TERRITORY, SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        assertThat(found).extracting(ArticleReader.Reading::date).containsExactly(LocalDate.of(2020, 3, 4),
                THURSDAY.minusDays(9));
    }

    @Test
    void mentionsOfOneEventAcrossSentencesAreOneCandidateAtItsMostExactPlace() {
        List<ArticleReader.Reading> found = read("Security forces retook a district in Kunduz province on Tuesday.\n"
                + "The operation to recapture Imam Sahib began at dawn, the interior ministry said.\n"
                + "At least 15 militants died, the ministry added.", THURSDAY);

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.where().place().pcode()).isEqualTo("AF1905");
            assertThat(r.date()).isEqualTo(LocalDate.of(2020, 3, 3));
            assertThat(r.citations()).extracting(ArticleReader.Cited::claimant).contains("the interior ministry");
        });
    }

    @Test
    void ofTwoProvincesTheEventIsInTheOneNamedAfterItsWordNotWhereTheReportCameFrom() {
        ArticleReader.Reading r = read("A report from Kabul on the recapture of a Takhar district by government forces"
                + " on Monday.", THURSDAY).get(0);
        assertThat(r.where().place().pcode()).isEqualTo("AF18");
    }

    @Test
    void sentencesEndWithoutASpaceAndNotAfterAnAbbreviation() {
        assertThat(Sentences.of("It began at 6 a.m. local time.Fierce fighting followed in the U.S. sector."))
                .extracting(Sentences.Sentence::text)
                .containsExactly("It began at 6 a.m. local time.", "Fierce fighting followed in the U.S. sector.");
    }
}
