package org.corroborate.candidate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.corroborate.claim.SubEventType;

/**
 * The actors of a candidate, named as ACLED names them for Afghanistan: the state forces by era (the Islamic
 * Republic's forces were "Military Forces of Afghanistan (2004-2014)" until the national unity government of
 * 29 September 2014, then "(2014-2021)" until 15 August 2021), the armed group the article names (the Taliban, the
 * Islamic State), civilians when the words say the victims were civilians. Who is first follows the event: the side
 * that regains, overtakes, strikes or attacks.
 */
final class Actors {

    static final String TALIBAN = "Taliban";
    static final String ISLAMIC_STATE = "Islamic State (Afghanistan)";
    static final String UNIDENTIFIED = "Unidentified Armed Group (Afghanistan)";
    static final String CIVILIANS = "Civilians (Afghanistan)";

    private static final Pattern VICTIMS = Pattern.compile(
            "\\b(?:civilians?|market|villagers|residents|children|women|employees|worshippers)\\b");
    private static final Pattern IS_NAMES = Pattern.compile("\\b(?:islamic state|isis|isil|is-k|iskp|daesh)\\b");
    private static final LocalDate UNITY_GOVERNMENT = LocalDate.of(2014, 9, 29);
    private static final LocalDate FALL_OF_KABUL = LocalDate.of(2021, 8, 15);

    private Actors() {
    }

    /** The pair (actor1, actor2) for an event of {@code type} on {@code date}, from the words of the article. */
    static String[] of(SubEventType type, LocalDate date, String article, String eventWords) {
        String group = group(article);
        String state = state(date);
        boolean civilians = VICTIMS.matcher(eventWords.toLowerCase(Locale.ROOT)).find();
        return switch (type) {
            case NON_STATE_ACTOR_OVERTAKES_TERRITORY -> new String[] { group, state };
            case AIR_DRONE_STRIKE -> new String[] { state, civilians ? CIVILIANS : group };
            case SHELLING_ARTILLERY_MISSILE_ATTACK, SUICIDE_BOMB, REMOTE_EXPLOSIVE_LANDMINE_IED, ATTACK,
                    ABDUCTION_FORCED_DISAPPEARANCE -> new String[] { group, civilians ? CIVILIANS : state };
            default -> new String[] { state, group };
        };
    }

    private static String state(LocalDate date) {
        if (date == null || date.isBefore(FALL_OF_KABUL) && !date.isBefore(UNITY_GOVERNMENT)) {
            return "Military Forces of Afghanistan (2014-2021)";
        }
        return date.isBefore(UNITY_GOVERNMENT) ? "Military Forces of Afghanistan (2004-2014)"
                : "Military Forces of Afghanistan (2021-)";
    }

    private static String group(String article) {
        String text = article.toLowerCase(Locale.ROOT);
        if (text.contains("taliban")) {
            return TALIBAN;
        }
        if (IS_NAMES.matcher(text).find()) {
            return ISLAMIC_STATE;
        }
        return UNIDENTIFIED;
    }
}
