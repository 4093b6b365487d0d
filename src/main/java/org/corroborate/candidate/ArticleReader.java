package org.corroborate.candidate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.citation.Citation;
import org.corroborate.citation.Stance;
import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.SubEventType;
import org.corroborate.claimant.ClaimantNames;
import org.corroborate.place.PlaceLookup;
import org.corroborate.sameevent.SameEventRules;

/**
 * Reads an article's text into the events it reports: the first reading a coder does, left for a reviewer to judge.
 * Pure: the text, the article's date and the gazetteer in, readings out; no database, no clock.
 *
 * <ol>
 * <li>Each sentence is read for event words ({@link EventWords}), places ({@link PlaceWords}), dates
 * ({@link DateWords}), death figures ({@link DeathFigures}) and who says it ({@link Attributions}).</li>
 * <li>A sentence that sums up many events is not one event: one naming places in three provinces or more, or
 * speaking of a whole period or country ("this year", "so far", "nationwide", "over the last two months").</li>
 * <li>Each event word is a <em>mention</em>: its sub-event type, the sentence's place (one mention per district when
 * the sentence names several), and the nearest date in its clause ("regained X on Tuesday, which had fallen ten days
 * ago" dates each of its two events). Of several provinces without a district, the first named after the event word
 * is its place. A sentence's undated event word beside a dated one of another type is the
 * back story ("recaptured last evening after the Taliban overran them") and is dropped. A sentence with a death figure
 * and a place but no event word reports fighting there.</li>
 * <li>Mentions of one type whose places agree (the same district, or a district and its province) are one event;
 * a mention without a place joins the nearest event of the same ACLED event type within three sentences. A sentence
 * that refers back ("the incident", "the strike") places the event before it more exactly; a sentence that only
 * gives a death figure adds it to the article's lead event, or the nearest event before it.</li>
 * <li>The date is the first one a placed, completed mention gives; else one a mention without a place gives. Aims
 * ("an offensive to recapture") never date an event. Events dated more than {@value #BACKGROUND_DAYS} days before the
 * article, or after it, are its background and are not proposed.</li>
 * <li>Each sentence of an event is a citation: its claimant (a pronoun is the claimant named last; "the ministry" the
 * ministry named before; none, the outlet's own reporting), its stance, the sentence as quote and its death figure.
 * One citation per claimant.</li>
 * </ol>
 */
public final class ArticleReader {

    /** How far before the article an event may be and still be its news, in days. */
    public static final int BACKGROUND_DAYS = 31;

    static final String OWN_REPORTING = "own reporting";

    /** A citation the article offers for an event. */
    public record Cited(String claimant, Stance stance, String quote, String statedFigure, int start, int end) {
    }

    /**
     * A place a candidate names: a known place, or a district name several provinces share; {@code at} is where its
     * name begins in the sentence.
     */
    public record Where(PlaceLookup.Known place, String name, List<PlaceLookup.Known> ambiguous, int at) {

        boolean isDistrict() {
            return place != null ? !place.isProvince() : true;
        }

        String admin1Pcode() {
            return place == null ? null : place.admin1Pcode();
        }
    }

    /** An event the article reports: what a claim about it would say, and the parts of the text it came from. */
    public record Reading(SubEventType type, LocalDate date, DatePrecision precision, Where where, String actor1,
            String actor2, List<Cited> citations, int start, int end, List<int[]> spans) {
    }

    private static final int NEARBY = 3;
    private static final int PROVINCES_OF_A_SUMMARY = 3;
    private static final Pattern AGGREGATE = Pattern.compile("\\b(?:this year|so far|since the|since \\d{4}|in total"
            + "|over the (?:last|past)|during the (?:last|past)|during the \\d+|in the (?:last|past) \\d+"
            + "|nationwide|across the country|in different areas|around the country|in several provinces)\\b");
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\bthe (?:incident|attack|strike|air ?strike|raid"
            + "|blast|explosion|bombing|assault|clash(?:es)?|fighting)\\b");
    private static final Pattern CLAUSE = Pattern.compile(", which|, who|\\bafter\\b|\\bbefore\\b|, when|\\bsince\\b"
            + "|\\buntil\\b");
    private static final Pattern DATELINE = Pattern.compile("^[A-Z][\\p{L} ]{1,30}(?:\\s*\\([^)]{1,30}\\))?\\s*[:\u2014]\\s");
    private static final Pattern GENERIC = Pattern.compile("(?i)(?:the |a |an )?(\\p{L}+)");

    private ArticleReader() {
    }

    /** What one sentence says. */
    private record Facts(Sentences.Sentence sentence, boolean summary, List<EventWords.Found> events,
            List<Where> places, List<DateWords.Found> dates, List<DeathFigures.Found> figures,
            Optional<Attributions.Found> said, boolean refersBack) {
    }

    /** An event word read in its sentence. */
    private record Mention(Facts facts, EventWords.Found word, Where where, DateWords.Found date) {
    }

    /** An event as it is gathered, mention by mention. */
    private static final class Event {
        final SubEventType type;
        Where where;
        final List<Mention> mentions = new ArrayList<>();
        final Set<Facts> sentences = new LinkedHashSet<>();

        Event(Mention first) {
            type = first.word.type();
            where = first.where;
            add(first);
        }

        void add(Mention m) {
            mentions.add(m);
            sentences.add(m.facts);
        }

        int firstSentence() {
            return mentions.stream().mapToInt(m -> m.facts.sentence.index()).min().orElse(0);
        }

        int distance(int sentence) {
            return sentences.stream().mapToInt(f -> Math.abs(f.sentence.index() - sentence)).min().orElse(9999);
        }
    }

    /** The events {@code text} reports, in the order it first reports them; {@code published} may be null. */
    public static List<Reading> read(String text, LocalDate published, PlaceLookup gazetteer) {
        List<Facts> facts = new ArrayList<>();
        for (Sentences.Sentence s : Sentences.of(text)) {
            facts.add(facts(s, published, gazetteer, facts));
        }
        List<Mention> placed = new ArrayList<>();
        List<Mention> placeless = new ArrayList<>();
        for (Facts f : facts) {
            for (Mention m : mentions(f)) {
                (m.where == null ? placeless : placed).add(m);
            }
        }
        List<Event> events = new ArrayList<>();
        for (Mention m : placed) {
            events.stream().filter(e -> e.type == m.word.type() && samePlace(e.where, m.where) && sameDate(e, m))
                    .findFirst().ifPresentOrElse(e -> {
                        e.add(m);
                        e.where = moreExact(e.where, m.where);
                    }, () -> events.add(new Event(m)));
        }
        for (Mention m : placeless) {
            nearest(events, m.facts.sentence.index(), e -> e.type.eventType == m.word.type().eventType)
                    .ifPresent(e -> e.add(m));
        }
        events.sort(Comparator.comparingInt(Event::firstSentence));
        for (Facts f : facts) {
            if (f.summary || !f.events.isEmpty()) {
                continue;
            }
            int at = f.sentence.index();
            if (f.refersBack && !f.places.isEmpty()) {
                nearest(events, at, e -> e.firstSentence() < at).ifPresent(e -> {
                    Where refined = moreExact(e.where, f.places.get(0));
                    if (samePlace(e.where, f.places.get(0))) {
                        e.where = refined;
                        e.sentences.add(f);
                    }
                });
            } else if (!f.figures.isEmpty() && f.places.isEmpty()) {
                Optional<Event> lead = events.stream().findFirst().filter(e -> e.distance(at) <= NEARBY);
                lead.or(() -> nearest(events, at, e -> e.firstSentence() < at)).ifPresent(e -> e.sentences.add(f));
            }
        }
        List<Reading> readings = new ArrayList<>();
        for (Event e : events) {
            reading(e, text, published, facts).ifPresent(readings::add);
        }
        return readings;
    }

    private static Facts facts(Sentences.Sentence s, LocalDate published, PlaceLookup gazetteer, List<Facts> before) {
        String text = s.text();
        String lower = text.toLowerCase(Locale.ROOT);
        int skip = 0;
        if (s.index() == 0) {
            Matcher dateline = DATELINE.matcher(text);
            skip = dateline.find() ? dateline.end() : 0; // "Kabul: …" says where it was written, not where it happened
        }
        List<PlaceWords.Found> names = PlaceWords.in(text.substring(skip), gazetteer);
        List<Where> places = places(names, skip, before);
        Set<String> provinces = new LinkedHashSet<>();
        places.forEach(w -> {
            if (w.admin1Pcode() != null) {
                provinces.add(w.admin1Pcode());
            }
        });
        boolean summary = provinces.size() >= PROVINCES_OF_A_SUMMARY || AGGREGATE.matcher(lower).find();
        return new Facts(s, summary, EventWords.in(text), places, DateWords.in(text, published),
                DeathFigures.in(text), Attributions.in(text), BACK_REFERENCE.matcher(lower).find());
    }

    /**
     * The places a sentence's names stand for: a district named with its province is the district alone; a
     * district several provinces have takes the province named in the sentence or the one before, else stays
     * ambiguous.
     */
    private static List<Where> places(List<PlaceWords.Found> names, int skip, List<Facts> before) {
        Set<String> namedProvinces = new LinkedHashSet<>();
        for (PlaceWords.Found n : names) {
            n.places().stream().filter(PlaceLookup.Known::isProvince).forEach(p -> namedProvinces.add(p.pcode()));
        }
        if (!before.isEmpty()) {
            before.get(before.size() - 1).places.stream().filter(w -> w.place != null && w.place.isProvince())
                    .forEach(w -> namedProvinces.add(w.place.pcode()));
        }
        List<Where> districts = new ArrayList<>();
        List<Where> provinces = new ArrayList<>();
        for (PlaceWords.Found n : names) {
            List<PlaceLookup.Known> ofProvince = n.places().stream().filter(PlaceLookup.Known::isProvince).toList();
            List<PlaceLookup.Known> ofDistrict = n.places().stream().filter(p -> !p.isProvince()).toList();
            boolean district = ofProvince.isEmpty() || (!ofDistrict.isEmpty()
                    && (n.said() == PlaceWords.Said.DISTRICT || n.said() == PlaceWords.Said.CITY));
            if (!district) {
                provinces.add(new Where(ofProvince.get(0), n.name(), List.of(), skip + n.start()));
                continue;
            }
            List<PlaceLookup.Known> inNamed = ofDistrict.stream().filter(d -> namedProvinces.contains(d.admin1Pcode()))
                    .toList();
            if (ofDistrict.size() == 1 || inNamed.size() == 1) {
                districts.add(new Where(ofDistrict.size() == 1 ? ofDistrict.get(0) : inNamed.get(0), n.name(), List.of(),
                        skip + n.start()));
            } else {
                districts.add(new Where(null, n.name(), ofDistrict, skip + n.start()));
            }
        }
        List<Where> places = new ArrayList<>(districts);
        for (Where p : provinces) {
            if (districts.stream().noneMatch(d -> p.place.pcode().equals(d.admin1Pcode()))) {
                places.add(p);
            }
        }
        return places;
    }

    private static List<Mention> mentions(Facts f) {
        List<Mention> mentions = new ArrayList<>();
        if (f.summary) {
            return mentions;
        }
        List<EventWords.Found> words = new ArrayList<>(f.events);
        if (words.isEmpty() && !f.figures.isEmpty() && !f.places.isEmpty()) {
            DeathFigures.Found figure = f.figures.get(0);
            words.add(new EventWords.Found(figure.start(), figure.start(), SubEventType.ARMED_CLASH, true));
        }
        boolean someDated = words.stream().anyMatch(w -> dateOf(f, w, words) != null);
        List<Where> districts = f.places.stream().filter(Where::isDistrict).toList();
        for (EventWords.Found w : words) {
            List<Where> wheres = districts.size() > 1 ? districts : districts.size() == 1 ? districts
                    : f.places.isEmpty() ? null : List.of(nearest(f.places, w));
            DateWords.Found date = dateOf(f, w, words);
            boolean backStory = date == null && someDated
                    && words.stream().anyMatch(o -> o != w && o.type() != w.type() && dateOf(f, o, words) != null);
            if (backStory) {
                continue;
            }
            if (wheres == null) {
                mentions.add(new Mention(f, w, null, date));
            } else {
                wheres.forEach(where -> mentions.add(new Mention(f, w, where, date)));
            }
        }
        return mentions;
    }

    /**
     * Of a sentence's provinces, the one an event word is about: the first named after it ("recapture of a Takhar
     * district", "an offensive in Laghman bordering Kabul"), else the last named before it ("from Kabul on the
     * recapture of …" places the recapture in Takhar, not where the report came from).
     */
    private static Where nearest(List<Where> places, EventWords.Found word) {
        return places.stream().filter(p -> p.at() >= word.end()).min(Comparator.comparingInt(Where::at))
                .or(() -> places.stream().max(Comparator.comparingInt(Where::at))).orElseThrow();
    }

    /** The date nearest the event word in its clause and nearer to it than to the clause's other event words. */
    private static DateWords.Found dateOf(Facts f, EventWords.Found word, List<EventWords.Found> words) {
        String lower = f.sentence.text().toLowerCase(Locale.ROOT);
        DateWords.Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateWords.Found d : f.dates) {
            int distance = distance(d.start(), d.end(), word.start(), word.end());
            boolean nearerOther = words.stream().anyMatch(o -> o != word && sameClause(lower, d, o)
                    && distance(d.start(), d.end(), o.start(), o.end()) < distance);
            if (!nearerOther && sameClause(lower, d, word) && distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Whether no clause word ("which", "after", "since") stands between the date and the event word. */
    private static boolean sameClause(String sentence, DateWords.Found d, EventWords.Found word) {
        int from = Math.min(d.end(), word.end());
        int to = Math.max(d.start(), word.start());
        return from >= to || !CLAUSE.matcher(sentence.substring(from, to)).find();
    }

    private static int distance(int aStart, int aEnd, int bStart, int bEnd) {
        return aEnd <= bStart ? bStart - aEnd : bEnd <= aStart ? aStart - bEnd : 0;
    }

    private static boolean samePlace(Where a, Where b) {
        if (a.place == null || b.place == null) {
            return a.place == null && b.place == null && a.name.equalsIgnoreCase(b.name);
        }
        if (a.place.pcode().equals(b.place.pcode())) {
            return true;
        }
        return (a.place.isProvince() && a.place.pcode().equals(b.place.admin1Pcode()))
                || (b.place.isProvince() && b.place.pcode().equals(a.place.admin1Pcode()));
    }

    private static Where moreExact(Where a, Where b) {
        return a.place != null && a.place.isProvince() && b.place != null && !b.place.isProvince() ? b : a;
    }

    /** Whether a mention's date, if it gives one, may be the event's: dated events a week apart are two events. */
    private static boolean sameDate(Event e, Mention m) {
        if (m.date == null || m.word.weak()) {
            return true;
        }
        return e.mentions.stream().filter(o -> o.date != null && !o.word.weak()).allMatch(o -> SameEventRules.window(
                o.date.date(), o.date.precision()).overlaps(SameEventRules.window(m.date.date(), m.date.precision())));
    }

    private static Optional<Event> nearest(List<Event> events, int sentence, java.util.function.Predicate<Event> fits) {
        return events.stream().filter(fits).filter(e -> e.distance(sentence) <= NEARBY)
                .min(Comparator.comparingInt((Event e) -> e.distance(sentence)).thenComparingInt(Event::firstSentence));
    }

    private static Optional<Reading> reading(Event e, String text, LocalDate published, List<Facts> facts) {
        DateWords.Found date = e.mentions.stream().filter(m -> m.date != null && !m.word.weak())
                .sorted(Comparator.comparing((Mention m) -> m.where == null)).map(Mention::date).findFirst().orElse(null);
        if (date != null && published != null && (date.date().isAfter(published)
                || ChronoUnit.DAYS.between(SameEventRules.window(date.date(), date.precision()).to(), published)
                        > BACKGROUND_DAYS)) {
            return Optional.empty();
        }
        List<Facts> sentences = e.sentences.stream().sorted(Comparator.comparingInt(f -> f.sentence.index())).toList();
        StringBuilder words = new StringBuilder();
        sentences.forEach(f -> words.append(f.sentence.text()).append(' '));
        String[] actors = Actors.of(e.type, date == null ? published : date.date(), text, words.toString());
        List<Cited> citations = citations(sentences, facts);
        Mention first = e.mentions.stream().filter(m -> !m.word.weak() && m.where != null).findFirst()
                .orElse(e.mentions.get(0));
        List<int[]> spans = sentences.stream().map(f -> new int[] { f.sentence.start(), f.sentence.end() }).toList();
        return Optional.of(new Reading(e.type, date == null ? null : date.date(), date == null ? null : date.precision(),
                e.where, actors[0], actors[1], citations, first.facts.sentence.start(), first.facts.sentence.end(),
                spans));
    }

    /** One citation per claimant, from the event's sentences in the article's order. */
    private static List<Cited> citations(List<Facts> sentences, List<Facts> all) {
        List<Cited> cited = new ArrayList<>();
        for (Facts f : sentences) {
            String claimant = claimant(f, all);
            Stance stance = f.said.map(Attributions.Found::stance).orElse(Stance.SUPPORTS);
            String figure = f.figures.isEmpty() ? null : clip(f.figures.get(0).words(), Citation.FIGURE_MAX);
            Cited c = new Cited(clip(claimant, Citation.CLAIMANT_MAX), stance,
                    clip(f.sentence.text(), Citation.QUOTE_MAX), figure, f.sentence.start(), f.sentence.end());
            int same = -1;
            for (int i = 0; i < cited.size(); i++) {
                if (sameClaimant(cited.get(i).claimant(), claimant)) {
                    same = i;
                }
            }
            if (same < 0) {
                cited.add(c);
            } else if (cited.get(same).statedFigure() == null && figure != null) {
                cited.set(same, c); // the claimant's sentence that carries a figure says more
            }
        }
        return cited;
    }

    /** Whether two names are one claimant's: the same key, or one is the other's last name ("Ghori"). */
    private static boolean sameClaimant(String a, String b) {
        String ka = ClaimantNames.key(a);
        String kb = ClaimantNames.key(b);
        return ka.equals(kb) || ka.endsWith(" " + kb) || kb.endsWith(" " + ka);
    }

    /**
     * Who a sentence's citation is from: its attribution; a pronoun or "the ministry" is the claimant named last
     * before it (the one whose words end in the same noun, for "the ministry"); no attribution, the outlet itself.
     */
    private static String claimant(Facts f, List<Facts> all) {
        if (f.said.isEmpty()) {
            return OWN_REPORTING;
        }
        Attributions.Found said = f.said.get();
        Matcher generic = GENERIC.matcher(said.claimant());
        boolean refers = said.isPronoun() || (generic.matches() && Character.isLowerCase(said.claimant().charAt(0))
                || said.claimant().matches("(?i)the \\p{L}+"));
        if (!refers) {
            return said.claimant();
        }
        String noun = generic.matches() ? generic.group(1).toLowerCase(Locale.ROOT) : null;
        for (int i = f.sentence.index() - 1; i >= 0; i--) {
            Optional<Attributions.Found> earlier = all.get(i).said;
            if (earlier.isEmpty() || earlier.get().isPronoun()) {
                continue;
            }
            String name = earlier.get().claimant();
            if (said.isPronoun() || name.toLowerCase(Locale.ROOT).endsWith(noun) && !name.equalsIgnoreCase(said.claimant())) {
                return name;
            }
        }
        return said.isPronoun() ? OWN_REPORTING : said.claimant();
    }

    private static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1).stripTrailing() + "\u2026";
    }
}
