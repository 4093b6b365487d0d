package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.corroborate.claim.EventType;
import org.corroborate.claim.SubEventType;

/** ACLED's disorder types as its codebook assigns them, and what the CSV leaves empty. */
class AcledCodesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "BATTLES, ARMED_CLASH, Political violence",
            "BATTLES, -, Political violence",
            "EXPLOSIONS_REMOTE_VIOLENCE, AIR_DRONE_STRIKE, Political violence",
            "VIOLENCE_AGAINST_CIVILIANS, ATTACK, Political violence",
            "PROTESTS, PEACEFUL_PROTEST, Demonstrations",
            "PROTESTS, PROTEST_WITH_INTERVENTION, Demonstrations",
            "PROTESTS, EXCESSIVE_FORCE_AGAINST_PROTESTERS, Political violence; Demonstrations",
            "PROTESTS, -, ''",
            "RIOTS, VIOLENT_DEMONSTRATION, Demonstrations",
            "RIOTS, MOB_VIOLENCE, Political violence",
            "RIOTS, -, ''",
            "STRATEGIC_DEVELOPMENTS, NON_VIOLENT_TRANSFER_OF_TERRITORY, Strategic developments",
            "-, -, ''" })
    void disorderTypeFollowsTheEventType(EventType type, SubEventType subType, String disorderType) {
        assertThat(AcledCodes.disorderType(type, subType)).isEqualTo(disorderType);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "Afghanistan, 4, Caucasus and Central Asia",
            "' afghanistan ', 4, Caucasus and Central Asia",
            "Pakistan, '', ''",
            "-, '', ''" })
    void isoAndRegionAreFilledOnlyForTheCountriesKnown(String country, String iso, String region) {
        assertThat(AcledCodes.iso(country)).isEqualTo(iso);
        assertThat(AcledCodes.region(country)).isEqualTo(region);
    }

    @ParameterizedTest
    @CsvSource({ "VIOLENCE_AGAINST_CIVILIANS, Civilian targeting", "BATTLES, ''", "EXPLOSIONS_REMOTE_VIOLENCE, ''" })
    void civilianTargetingOnlyWhenCiviliansWereTheTarget(EventType type, String coded) {
        assertThat(AcledCodes.civilianTargeting(type)).isEqualTo(coded);
    }
}
