package org.corroborate.claimant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How claimant texts become keys and lose their titles; each row is one text. */
class ClaimantNamesTest {

    @ParameterizedTest(name = "[{0}] has the key [{1}] and reads [{2}] without titles")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "NULL", value = {
            // text                                              | key                          | without titles
            "Taliban spokesman Zabihullah Mujahid                 | zabihullah mujahid           | Zabihullah Mujahid",
            "Zabihullah Mujahid                                   | zabihullah mujahid           | Zabihullah Mujahid",
            "  zabihullah   MUJAHID  .                            | zabihullah mujahid           | zabihullah   MUJAHID",
            "Zabihullah Mujāhid                                   | zabihullah mujahid           | Zabihullah Mujāhid",
            "Mr. Zabihullah Mujahid                               | zabihullah mujahid           | Zabihullah Mujahid",
            "Zabihullah Mujahid (Taliban spokesman)               | zabihullah mujahid           | Zabihullah Mujahid",
            "The group's spokesman, Zabihullah Mujahed            | zabihullah mujahed           | Zabihullah Mujahed",
            "Mujahid                                              | mujahid                      | Mujahid",
            "Taliban spokesman                                    | taliban spokesman            | Taliban spokesman",
            "Army spokesman Abdul Basir Ghori                     | abdul basir ghori            | Abdul Basir Ghori",
            "Ghor governor's spokesman Abdulhai Khatibi           | abdulhai khatibi             | Abdulhai Khatibi",
            "spokesman for the Ghor provincial governor, Abdulhai Khatibi | abdulhai khatibi     | Abdulhai Khatibi",
            "Army special forces battalion commander Satar Andarabi | satar andarabi             | Satar Andarabi",
            "Kunduz provincial council member Assadullah Sadat    | assadullah sadat             | Assadullah Sadat",
            "Zia, former army chief of staff                      | zia                          | Zia",
            "Provincial police chief Ahmad Khan                   | ahmad khan                   | Ahmad Khan",
            "Police chief                                         | police chief                 | Police chief",
            "Gen. Abdul Raziq                                     | abdul raziq                  | Abdul Raziq",
            "General Abdul Raziq                                  | abdul raziq                  | Abdul Raziq",
            "Deputy minister Ahmad                                | ahmad                        | Ahmad",
            "provincial governor                                  | provincial governor          | provincial governor",
            "District official                                    | district official            | District official",
            "the Defense Ministry                                 | defense ministry             | Defense Ministry",
            "Defense  Ministry                                    | defense ministry             | Defense  Ministry",
            "Afghanistan’s Defense Ministry                       | afghanistans defense ministry | Afghanistan’s Defense Ministry",
            "Ministry of Defense                                  | ministry of defense          | Ministry of Defense",
            "Special Inspector General for Afghanistan Reconstruction (SIGAR) | sigar            | SIGAR",
            "Qala-e-Zal elders                                    | qala e zal elders            | Qala-e-Zal elders",
            "!!!                                                  | NULL                         | !!!" })
    void keysAndTitles(String text, String key, String withoutTitles) {
        assertThat(ClaimantNames.key(text)).isEqualTo(key);
        assertThat(ClaimantNames.withoutTitles(text)).isEqualTo(withoutTitles);
    }

    @ParameterizedTest(name = "[{0}] in [{1}] names the outlet: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Islam Times (own reporting)         | Islam Times                    | true",
            "International Business Times UK (own lead) | International Business Times UK | true",
            "Press TV (no named source)          | Press TV                       | true",
            "Anadolu Agency                      | Anadolu Agency                 | true",
            "the Anadolu agency                  | Anadolu Agency                 | true",
            "Staff                               | Any Outlet                     | true",
            "Correspondent                       | Any Outlet                     | true",
            "Own reporting                       | Any Outlet                     | true",
            "Defense Ministry                    | Anadolu Agency                 | false",
            "Tolo News reporter                  | Anadolu Agency                 | false" })
    void namesTheOutlet(String claimant, String outlet, boolean names) {
        assertThat(ClaimantNames.namesOutlet(claimant, outlet)).isEqualTo(names);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "|", "'   '|" })
    void blankHasNoKey(String text, String ignored) {
        assertThat(ClaimantNames.key(text)).isNull();
    }
}
