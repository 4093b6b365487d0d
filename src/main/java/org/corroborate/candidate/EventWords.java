package org.corroborate.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.claim.SubEventType;

/**
 * The words that report an event, and the ACLED sub-event type each reports. Taking a place is read by who takes it:
 * "recaptured", "retook", "regained", "wrested control" are the government regaining territory; "seized",
 * "overran", "fell to", "captured", "took control" are an armed group overtaking it, unless the government forces
 * are the ones named as doing it ("captured by the Afghan forces", "Afghan forces took control"). A clash,
 * gunfight, fighting, battle, ambush or an attack on a base or checkpoint is an armed clash; air strikes and air
 * raids, shelling, rockets and mortars, suicide bombs, roadside bombs and mines are remote violence; an attack on
 * civilians is violence against civilians. General words in the plural ("attacks", "assaults", "offensive") report
 * a campaign, not an event, and are not read.
 * <p>
 * A word is <em>weak</em> when it reports an aim, not a deed ("an offensive to recapture", "in efforts to capture",
 * "vowed to seize", "failed to take"): it may place an event that other words date, but never dates it itself.
 */
final class EventWords {

    /** A word reporting an event: where it is, its sub-event type, and whether it is only an aim. */
    record Found(int start, int end, SubEventType type, boolean weak) {
    }

    private enum Kind {
        REGAIN, TAKE, CLASH, AIR, SHELLING, SUICIDE, IED, ATTACK, ABDUCTION
    }

    private record Word(Pattern pattern, Kind kind) {
    }

    private static final List<Word> WORDS = List.of(
            word("suicide (?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers)?|car bomb(?:ing)?|blast)", Kind.SUICIDE),
            word("(?:air ?strikes?|air raids?|aerial (?:bombardment|attack|strike)s?|drone (?:strike|attack)s?"
                    + "|bombed from the air|warplanes? (?:bombed|struck|hit))", Kind.AIR),
            word("(?:rocket|mortar|missile|artillery)(?: and (?:rocket|mortar|missile|artillery))? (?:attack|strike|fire|shell)s?"
                    + "|(?:rockets?|mortars?|shells?|missiles?) (?:hit|struck|landed|slammed|were fired|was fired)"
                    + "|shell(?:ed|ing)", Kind.SHELLING),
            word("roadside bomb(?:ing)?s?|(?:ied|landmine|land mine|mine|magnetic bomb|sticky bomb|car bomb) "
                    + "(?:blast|explosion|attack|exploded|went off|detonated)|(?:an|the) ied|planted (?:bomb|explosive)s?"
                    + "|explosive device", Kind.IED),
            word("recaptur(?:e|ed|es|ing)|re-?took|retak(?:e|en|es|ing)|regain(?:ed|ing|s)?(?: control)?"
                    + "|wrest(?:ed|ing|s)? (?:back )?control|took back|taken back|tak(?:e|ing) back|won back"
                    + "|reclaim(?:ed|ing)?|liberat(?:ed|ing)|re-?enter(?:ed)?", Kind.REGAIN),
            word("seiz(?:e|ed|es|ing)|overr(?:an|un|unning)|over-ran|f[ae]ll(?:en)? (?:to|into the hands of)"
                    + "|captur(?:e|ed|es|ing)|(?:took|take|taken|taking|gained|seized) (?:full )?control|overtook"
                    + "|stormed", Kind.TAKE),
            word("clash(?:es|ed)?|gun ?fights?|fire ?fights?|(?:heavy|fierce|intense|heavy|bloody) fighting"
                    + "|fighting (?:erupted|broke out|raged)|fought|battle(?:d)?|skirmish(?:es)?|exchange of fire"
                    + "|ambush(?:ed)?|shot down|an? (?:attack|assault) on (?:an? |the )?(?:army|military|police|security"
                    + "|government)", Kind.CLASH),
            word("abduct(?:ed|ion)|kidnapp?(?:ed|ing)", Kind.ABDUCTION),
            word("(?:an?|the) attack|attacked|assault(?:ed)?", Kind.ATTACK));

    private static final Pattern AIM = Pattern.compile("(?:\\bto|efforts? to|attempts? to|attempted to|bid to|vowed to"
            + "|plans? to|planned to|threatened to|aim(?:ed|s)? to|failed to|tried to|trying to|would|could|may|might)"
            + "\\s+(?:\\w+\\s+)?$");
    /** "managed to take control" reports a deed, though an infinitive. */
    private static final Pattern DEED = Pattern.compile("\\b(?:managed|able|succeeded|went on)\\s+to\\s+(?:\\w+\\s+)?$");
    private static final Pattern GOVERNMENT = Pattern.compile("\\b(?:afghan|government|security|national|army|military"
            + "|police|troops|soldiers|commandos|ansf|andsf|ana|special forces|pro-government)\\b");
    private static final Pattern ARMED_GROUP = Pattern.compile("\\b(?:taliban|militants?|insurgents?|jihadists?"
            + "|rebels?|fighters|islamic state|isis|isil|daesh|the group|gunmen)\\b");
    private static final Pattern CIVILIANS = Pattern.compile("\\b(?:civilians?|market|mosque|school|hospital|wedding"
            + "|villagers|residents|worshippers|pupils|students|shoppers)\\b");

    private static Word word(String words, Kind kind) {
        return new Word(Pattern.compile("\\b(?:" + words + ")\\b"), kind);
    }

    private EventWords() {
    }

    /** The event words in {@code sentence}, in order; words inside a longer one already read are not read again. */
    static List<Found> in(String sentence) {
        String text = sentence.toLowerCase(Locale.ROOT);
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Word word : WORDS) {
            Matcher m = word.pattern.matcher(text);
            while (m.find()) {
                if (isTaken(taken, m.start(), m.end())) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                String before = text.substring(Math.max(0, m.start() - 40), m.start());
                boolean weak = AIM.matcher(before).find() && !DEED.matcher(before).find();
                found.add(new Found(m.start(), m.end(), type(word.kind, text, m), weak));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static boolean isTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static SubEventType type(Kind kind, String text, Matcher m) {
        return switch (kind) {
            case REGAIN -> SubEventType.GOVERNMENT_REGAINS_TERRITORY;
            case TAKE -> governmentTakes(text, m) ? SubEventType.GOVERNMENT_REGAINS_TERRITORY
                    : SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
            case CLASH -> SubEventType.ARMED_CLASH;
            case AIR -> SubEventType.AIR_DRONE_STRIKE;
            case SHELLING -> SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK;
            case SUICIDE -> SubEventType.SUICIDE_BOMB;
            case IED -> SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED;
            case ABDUCTION -> SubEventType.ABDUCTION_FORCED_DISAPPEARANCE;
            case ATTACK -> CIVILIANS.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60))).find()
                    ? SubEventType.ATTACK : SubEventType.ARMED_CLASH;
        };
    }

    /**
     * Whether the government takes the place: named after the word ("captured by the Afghan forces", "fell to
     * government troops"), else the nearest side named before it in the sentence ("Afghan forces took control").
     */
    private static boolean governmentTakes(String text, Matcher m) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
        boolean byAgent = m.group().startsWith("fall") || m.group().startsWith("fell");
        int by = after.indexOf(" by ");
        if (by >= 0 || byAgent) {
            String agent = byAgent ? after : after.substring(by);
            return firstOf(agent, GOVERNMENT) < firstOf(agent, ARMED_GROUP);
        }
        String before = text.substring(0, m.start());
        return lastOf(before, GOVERNMENT) > lastOf(before, ARMED_GROUP);
    }

    private static int firstOf(String text, Pattern side) {
        Matcher m = side.matcher(text);
        return m.find() ? m.start() : Integer.MAX_VALUE;
    }

    private static int lastOf(String text, Pattern side) {
        Matcher m = side.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }
}
