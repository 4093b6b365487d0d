package org.corroborate.demo;

import static org.corroborate.citation.Stance.CONTEXT;
import static org.corroborate.citation.Stance.REFUTES;
import static org.corroborate.citation.Stance.SUPPORTS;
import static org.corroborate.claim.DatePrecision.DAY;
import static org.corroborate.claim.DatePrecision.MONTH;
import static org.corroborate.claim.DatePrecision.WEEK;
import static org.corroborate.claim.SubEventType.AIR_DRONE_STRIKE;
import static org.corroborate.claim.SubEventType.ARMED_CLASH;
import static org.corroborate.claim.SubEventType.GOVERNMENT_REGAINS_TERRITORY;
import static org.corroborate.claim.SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
import static org.corroborate.claim.SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY;
import static org.corroborate.claim.SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK;
import static org.corroborate.review.ReviewTag.FIGURES_CONFLICT;
import static org.corroborate.review.ReviewTag.GOOD_SOURCES;
import static org.corroborate.review.ReviewTag.INDEPENDENT_CONFIRMATION;
import static org.corroborate.review.ReviewTag.PARTISAN_SOURCES_ONLY;
import static org.corroborate.review.ReviewTag.SINGLE_SOURCE;
import static org.corroborate.review.ReviewTag.UNCLEAR_ATTRIBUTION;
import static org.corroborate.review.ReviewTag.WRONG_DATE;
import static org.corroborate.review.ReviewTag.WRONG_PLACE;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.account.Role;
import org.corroborate.claim.Verdict;
import org.corroborate.sameevent.Judgement;
import org.corroborate.source.SourceKind;

/**
 * The demo dataset: the events reported by the five seed articles in {@code shared/seeds}, written in our
 * own words. Facts, figures, names and outlets come from the articles; no sentence does. A citation's quote
 * is a short phrase that carries the figure or the fact, never a sentence.
 *
 * <p>Dates: only the Laghman article has a dateline (2021-05-24). The other event dates are inferred from
 * what the articles say, and their precision says how sure we are (see the comment on each claim).
 *
 * <p>Urls: the articles came without links. Every url below is an <em>example</em> on the outlet's real
 * domain, invented for the demo; it is not a verified link to the article. Outlets of the three undated
 * articles without a named outlet are inferred from their attributions and house style.
 */
final class DemoData {

    private DemoData() {
    }

    /** A demo account; its password is {@code <username>-demo}. */
    record Account(String username, Role role) {

        String password() {
            return username + "-demo";
        }
    }

    static final String ADMIN = "admin";
    static final String EDITOR = "editor";
    static final String ALICE = "alice";
    static final String BOB = "bob";
    static final String CAROL = "carol";

    static List<Account> accounts() {
        return List.of(new Account(ADMIN, Role.ADMIN), new Account(EDITOR, Role.EDITOR),
                new Account(ALICE, Role.REVIEWER), new Account(BOB, Role.REVIEWER), new Account(CAROL, Role.REVIEWER));
    }

    // ACLED's actor names for the period
    private static final String ARMY = "Military Forces of Afghanistan (2014-2021)";
    private static final String AIR_FORCE = "Military Forces of Afghanistan (2014-2021) Air Force";
    private static final String TALIBAN = "Taliban";
    private static final String CIVILIANS = "Civilians (Afghanistan)";

    // Claimants as the citations name them; each resolves to one of claimants() by its name or an alias
    private static final String DEFENSE_MINISTRY = "Defense Ministry";
    private static final String MUJAHID = "Taliban spokesman Zabihullah Mujahid";

    // ---- Claimants: who speaks in the seed articles, and for whom ------------------------------------

    private static final String GOVERNMENT = "Afghan government";

    static List<DemoClaimant> claimants() {
        return List.of(
                new DemoClaimant("Zabihullah Mujahid", List.of("Zabihullah Mujahed", "Mujahid"), TALIBAN, true,
                        TALIBAN, EDITOR),
                new DemoClaimant(TALIBAN, List.of(), TALIBAN, true, TALIBAN, EDITOR),
                new DemoClaimant("Afghan Ministry of Defense", List.of(DEFENSE_MINISTRY, "Defence Ministry",
                        "Ministry of Defense", "Ministry of Defence", "Afghanistan's Defense Ministry"),
                        "Afghan Ministry of Defense", true, GOVERNMENT, ALICE),
                new DemoClaimant("Afghan Ministry of Interior", List.of("Interior Ministry", "Ministry of Interior",
                        "Afghanistan's Interior Ministry"), "Afghan Ministry of Interior", true, GOVERNMENT, ALICE),
                new DemoClaimant("Abdul Basir Ghori", List.of("Ghori"), "Afghan National Army", true, GOVERNMENT, BOB),
                new DemoClaimant("Satar Andarabi", List.of("Andarabi"), "Afghan National Army", true, GOVERNMENT, BOB),
                new DemoClaimant("Zia", List.of(), "Afghan National Army", true, GOVERNMENT, CAROL),
                new DemoClaimant("Abdulhai Khatibi", List.of("Khatibi"), "Ghor provincial governor's office", true,
                        GOVERNMENT, ALICE),
                new DemoClaimant("Sonatullah Timor", List.of(), "Takhar provincial government", true, GOVERNMENT,
                        ALICE),
                // elected provincial councils: the demo's reviewers count their members as not parties
                new DemoClaimant("Assadullah Sadat", List.of(), "Kunduz provincial council", false, null, CAROL),
                new DemoClaimant("Fawzia Yaftali", List.of(), "Kunduz provincial council", false, null, BOB),
                new DemoClaimant("United Nations", List.of("UN"), null, false, null, CAROL));
    }

    // ---- Sources: seed 000, Taywara (Ghor), July 2017 -------------------------------------------------

    static final DemoSource TAYWARA_REPORT = new DemoSource(
            "https://www.ibtimes.co.uk/afghan-forces-retake-taywara-district-ghor-1632519", // example url
            "Afghan army retakes Taywara district centre in Ghor, reports dozens of Taliban dead",
            "International Business Times UK", null, SourceKind.NEWS_MEDIA,
            "News report on the army's return to the Taywara district centre after a few days of Taliban control, "
                    + "with the army's casualty estimate and the Ghor governor's spokesman on the timing.",
            ALICE);

    static final DemoSource TAYWARA_ALJAZEERA = new DemoSource(
            "https://www.aljazeera.com/news/2017/7/28/afghan-army-says-taywara-district-retaken", // example url
            "Ghor army spokesman on the Taywara operation", "Al Jazeera", null, SourceKind.NEWS_MEDIA,
            "The report the seed article cites for the army spokesman's account of damage left in the district centre.",
            BOB);

    // ---- Sources: seed 001, Qala-e-Zal (Kunduz) and Asad Abad (Kunar), May 2017 -----------------------

    static final DemoSource QALA_E_ZAL_REPORT = new DemoSource(
            "https://www.presstv.com/Detail/2017/05/16/521740/Afghanistan-Kunduz-Qala-e-Zal", // example url
            "Afghan forces take Qala-e-Zal back from the Taliban; rocket hits Asad Abad market",
            "Press TV", null, SourceKind.NEWS_MEDIA,
            "Report on Afghan forces taking Qala-e-Zal (Kunduz) back, a rocket strike in Kunar's capital and national "
                    + "casualty totals attributed to Afghan authorities and SIGAR.",
            ALICE);

    static final DemoSource QALA_E_ZAL_AFP = new DemoSource(
            "https://www.afp.com/en/news/kunduz-qala-e-zal-families-displaced", // example url
            "Kunduz council member on families displaced by the Qala-e-Zal fighting", "AFP", null,
            SourceKind.WIRE_SERVICE,
            "Wire report quoting a Kunduz provincial council member on how many families fled the district.",
            CAROL);

    // ---- Sources: seed 002, Khan Abad (Kunduz), Dawlat Abad (Faryab), Ghazni, June 2021 ---------------

    static final DemoSource KHAN_ABAD_REPORT = new DemoSource(
            "https://www.aa.com.tr/en/asia-pacific/afghan-forces-retake-2-northern-districts/2282911", // example url
            "Afghan forces retake Khan Abad and Dawlat Abad; civilians die in Kunduz air raid", "Anadolu Agency",
            null, SourceKind.WIRE_SERVICE,
            "Agency report setting the Defense Ministry's 24-hour tally against the Taliban's own claims, with "
                    + "local officials on civilian deaths from an air raid in Khan Abad.",
            BOB);

    static final DemoSource DEFENSE_MINISTRY_UPDATE_JUNE = new DemoSource(
            "https://twitter.com/MoDAfghanistan/status/1407566873250324481", // example url
            "Defense Ministry 24-hour operations update: 119 Taliban killed, 84 wounded", "Ministry of Defense (X)",
            null, SourceKind.OFFICIAL_STATEMENT,
            "The ministry's daily post listing the eleven provinces of its operations, the dead and wounded it "
                    + "counts among the Taliban, and the roadside bombs it defused.",
            CAROL);

    static final DemoSource TALIBAN_STATEMENT_JUNE = new DemoSource(
            "https://twitter.com/Zabehulah_M33/status/1407601943876038657", // example url
            "Taliban spokesman on attacks on checkpoints and a helicopter in Ghazni", "Zabihullah Mujahid (X)", null,
            SourceKind.SOCIAL_MEDIA,
            "The Taliban spokesman's statement claiming soldiers killed nationwide and an army helicopter downed.",
            BOB);

    // ---- Sources: seed 003, Darqad (Takhar), January 2016 ---------------------------------------------

    static final DemoSource DARQAD_AFP = new DemoSource(
            "https://www.afp.com/en/news/afghan-forces-retake-darqad-district-takhar", // example url
            "Afghan forces retake Darqad on the Tajik border after two days of fighting", "AFP", null,
            SourceKind.WIRE_SERVICE,
            "Wire report from Kabul on the recapture of a Takhar district lost in late October, citing the defence "
                    + "ministry's statement and a provincial spokesman.",
            ALICE);

    // ---- Sources: seed 004, Laghman, Wardak, Baghlan, May 2021 ----------------------------------------

    static final DemoSource LAGHMAN_REPORT = new DemoSource(
            "https://www.islamtimes.org/en/news/934112/afghan-forces-repel-taliban-offensive-in-laghman", // example url
            "Defense Ministry says Taliban push on Laghman's capital repelled", "Islam Times", LocalDate.of(2021, 5, 24),
            SourceKind.NEWS_MEDIA,
            "Report on fighting at the edge of Mihtarlam with the ministry's figures and the Taliban's counter-claim, "
                    + "and a round-up of districts lost in Wardak and Baghlan.",
            CAROL);

    static final DemoSource TALIBAN_STATEMENT_MAY = new DemoSource(
            "https://twitter.com/Zabehulah_M33/status/1396510284431675393", // example url
            "Taliban spokesman claims checkpoints around Mihtarlam", "Zabihullah Mujahid (X)", null,
            SourceKind.SOCIAL_MEDIA,
            "The Taliban spokesman's claim of checkpoints taken around Laghman's provincial capital.",
            CAROL);

    static List<DemoSource> sources() {
        return List.of(TAYWARA_REPORT, TAYWARA_ALJAZEERA, QALA_E_ZAL_REPORT, QALA_E_ZAL_AFP, KHAN_ABAD_REPORT,
                DEFENSE_MINISTRY_UPDATE_JUNE, TALIBAN_STATEMENT_JUNE, DARQAD_AFP, LAGHMAN_REPORT, TALIBAN_STATEMENT_MAY);
    }

    // OPEN: the corrected claim that replaces the retracted one.
    static final DemoClaim DAWLAT_ABAD_FARYAB = DemoClaim.by(ALICE, "Afghan government forces recaptured Dawlat Abad "
            + "district in Faryab province from the Taliban on the evening of 22 June 2021 (corrects an earlier, "
            + "retracted claim).")
            .on(LocalDate.of(2021, 6, 22), WEEK).type(GOVERNMENT_REGAINS_TERRITORY).actors(ARMY, TALIBAN)
            .place("Faryab", "Dawlat Abad", "Dawlat Abad district centre", 36.43, 64.92)
            .cite(KHAN_ABAD_REPORT, SUPPORTS, "recaptured last evening", DEFENSE_MINISTRY, true, null)
            .review(BOB, 3, "Same evidence as the retracted claim with the date put right.",
                    PARTISAN_SOURCES_ONLY, WRONG_DATE);

    // OPEN: the same recapture filed under Balkh. The seed names Dawlat Abad "in nearby Faryab", but Balkh, which
    // borders Kunduz, has a district of the same name (gazetteer AF2109 beside Faryab's AF2909): a desk reading the
    // news from Kunduz can easily file it there. Judged the same event as the Faryab claim (links()), so the demo
    // shows a place conflict on both.
    static final DemoClaim DAWLAT_ABAD_BALKH = DemoClaim.by(BOB, "Government troops took Dawlat Abad district in Balkh "
            + "back from the Taliban late on 22 June 2021, according to the Afghan defence ministry.")
            .on(LocalDate.of(2021, 6, 22), WEEK).type(GOVERNMENT_REGAINS_TERRITORY).actors(ARMY, TALIBAN)
            .place("Balkh", "Dawlat Abad", "Dawlat Abad district centre", 37.06, 66.80)
            .cite(KHAN_ABAD_REPORT, SUPPORTS, "Dawlat Abad district", DEFENSE_MINISTRY, true, null)
            .review(CAROL, 2, "The agency's report places the recaptured district in Faryab; Balkh only shares "
                    + "the name.", WRONG_PLACE, PARTISAN_SOURCES_ONLY);

    /** A reviewer's judgement of two demo claims ({@code sameevent}), made after every claim is written. */
    record Link(DemoClaim claim, DemoClaim other, Judgement judgement, String by) {
    }

    /**
     * The judged pairs. The Mihtarlam claims (the ministry's and the Taliban's account of 23 May 2021) are left
     * unjudged: the app lists them as possibly the same event for a reviewer to decide.
     */
    static List<Link> links() {
        return List.of(new Link(DAWLAT_ABAD_BALKH, DAWLAT_ABAD_FARYAB, Judgement.SAME_EVENT, CAROL));
    }

    /** The claims in the order they are written; each one's steps leave it in the status its comment names. */
    static List<DemoClaim> claims() {
        return List.of(

                // OPEN after a rejected proposal. The article dates the recapture: Friday 28 July 2017, morning.
                DemoClaim.by(ALICE, "Afghan government forces took back the centre of Ghor's Taywara district from the "
                        + "Taliban on 28 July 2017, after the Taliban had held it for several days.")
                        .on(LocalDate.of(2017, 7, 28), DAY).type(GOVERNMENT_REGAINS_TERRITORY).actors(ARMY, TALIBAN)
                        .place("Ghor", "Taywara", "Taywara district centre", 33.35, 64.42)
                        .cite(TAYWARA_REPORT, SUPPORTS, "Friday (28 July) morning",
                                "Ghor governor's spokesman Abdulhai Khatibi", true, null)
                        .cite(TAYWARA_ALJAZEERA, SUPPORTS, "search and clearing operation",
                                "Army spokesman Abdul Basir Ghori", true, null)
                        .review(ALICE, 4, "Two government voices agree on the day and the outcome. Nobody outside "
                                + "the government confirms it yet.", PARTISAN_SOURCES_ONLY)
                        .review(BOB, 4, "Fits the pattern of that summer in Ghor, where districts changed hands "
                                + "within days. Still official sources only.", PARTISAN_SOURCES_ONLY)
                        .review(CAROL, 3, "The day is precise but the length of the Taliban's hold varies between "
                                + "four and five days depending on who speaks.", FIGURES_CONFLICT)
                        .propose(ALICE, Verdict.DISPUTED, "The accounts of the fight differ in their numbers.")
                        .reject(EDITOR, "Nothing in the evidence disputes the recapture itself; the differing death "
                                + "tolls belong to the casualty claim. Find an independent report for VERIFIED, "
                                + "or propose UNVERIFIABLE."),

                // OPEN: the outlet's round figure in its lead restates the army spokesman's count (he is its only
                // source), so the reviewers cite it as his: one origin, a party, and VERIFIED stays blocked.
                DemoClaim.by(BOB, "Afghan forces killed about 59 Taliban fighters while retaking Ghor's Taywara "
                        + "district on 28 July 2017.")
                        .on(LocalDate.of(2017, 7, 28), DAY).type(GOVERNMENT_REGAINS_TERRITORY).actors(ARMY, TALIBAN)
                        .place("Ghor", "Taywara", "Taywara district centre", 33.35, 64.42)
                        .fatalities(51, 59, null)
                        .cite(TAYWARA_REPORT, SUPPORTS, "nearly 59", "Army spokesman Abdul Basir Ghori", true,
                                "nearly 59")
                        .cite(TAYWARA_REPORT, SUPPORTS, "more than 50", "Military spokesman Abdul Basir Ghori",
                                true, "more than 50")
                        .review(BOB, 3, "The outlet's rounder number looks like the army's count restated, so it "
                                + "adds no independent confirmation.", FIGURES_CONFLICT, PARTISAN_SOURCES_ONLY)
                        .review(CAROL, 3, "A death toll given by one side during its own operation; plausible "
                                + "order of magnitude, nothing firmer.", PARTISAN_SOURCES_ONLY),

                // OPEN. Recaptured "on Tuesday", ten days after it fell, soon after the Taliban's spring
                // offensive began in late April 2017: Tuesday 16 May 2017 is our best reading, so WEEK.
                DemoClaim.by(ALICE, "Afghan security forces retook Qala-e-Zal district in Kunduz province from the "
                        + "Taliban in mid-May 2017, some ten days after losing it.")
                        .on(LocalDate.of(2017, 5, 16), WEEK).type(GOVERNMENT_REGAINS_TERRITORY).actors(ARMY, TALIBAN)
                        .place("Kunduz", "Qala-e-Zal", "Qala-e-Zal district centre", 37.02, 68.63)
                        .cite(QALA_E_ZAL_REPORT, SUPPORTS, "regained control",
                                "Army special forces battalion commander Satar Andarabi", true, null)
                        .cite(QALA_E_ZAL_REPORT, SUPPORTS, "confirmed the recapture", "Interior Ministry", true, null)
                        .cite(QALA_E_ZAL_AFP, CONTEXT, "around 2,000 families",
                                "Kunduz provincial council member Assadullah Sadat", false, "around 2,000 families")
                        .review(ALICE, 4, "Army and Interior Ministry agree; the council member's account of "
                                + "displaced families fits a real battle there.", PARTISAN_SOURCES_ONLY)
                        .review(CAROL, 4, "Consistent official accounts; the Taliban did not deny it at the time.",
                                PARTISAN_SOURCES_ONLY),

                // OPEN. Same article and week as Qala-e-Zal.
                DemoClaim.by(CAROL, "A Taliban rocket hit a market in Asad Abad, the capital of Kunar province, in "
                        + "mid-May 2017 and killed two staff of the provincial communications department.")
                        .on(LocalDate.of(2017, 5, 16), WEEK).type(SHELLING_ARTILLERY_MISSILE_ATTACK)
                        .actors(TALIBAN, CIVILIANS)
                        .place("Kunar", "Asad Abad", "Asad Abad market", 34.87, 71.15)
                        .fatalities(2, 2, 2)
                        .cite(QALA_E_ZAL_REPORT, SUPPORTS, "killing two employees", "Press TV (no named source)", false,
                                "two killed")
                        .review(CAROL, 3, "Mentioned in one line with no named source and no date; needs a local "
                                + "report before anyone can rate it higher.", SINGLE_SOURCE, UNCLEAR_ATTRIBUTION),

                // OPEN, not reviewed yet. The ministry spoke on a Wednesday of a recapture "last evening"; the
                // exit-date context places it in June 2021: Tuesday 22 June 2021, WEEK.
                DemoClaim.by(BOB, "The Afghan army retook Khan Abad district in Kunduz province from the Taliban on "
                        + "the evening of 22 June 2021, shortly after losing it.")
                        .on(LocalDate.of(2021, 6, 22), WEEK).type(GOVERNMENT_REGAINS_TERRITORY).actors(ARMY, TALIBAN)
                        .place("Kunduz", "Khan Abad", "Khan Abad district centre", 36.68, 69.11)
                        .cite(KHAN_ABAD_REPORT, SUPPORTS, "recaptured last evening", DEFENSE_MINISTRY, true, null),

                // RETRACTED: approved with the announcement's date instead of the evening before.
                DemoClaim.by(ALICE, "Afghan government forces recaptured Dawlat Abad district in Faryab province "
                        + "from the Taliban on 23 June 2021.")
                        .on(LocalDate.of(2021, 6, 23), DAY).type(GOVERNMENT_REGAINS_TERRITORY).actors(ARMY, TALIBAN)
                        .place("Faryab", "Dawlat Abad", "Dawlat Abad district centre", 36.43, 64.92)
                        .cite(KHAN_ABAD_REPORT, SUPPORTS, "recaptured last evening", DEFENSE_MINISTRY, true, null)
                        .review(ALICE, 3, "Only the ministry speaks to it and the Taliban have not answered.",
                                PARTISAN_SOURCES_ONLY, SINGLE_SOURCE)
                        .review(BOB, 3, "Believable, but one party's announcement is all we have.",
                                PARTISAN_SOURCES_ONLY)
                        .propose(ALICE, Verdict.UNVERIFIABLE, "One party's word, no independent report.")
                        .approve(EDITOR, "Published as unverifiable: the ministry is the only source.")
                        .retract(EDITOR, "Retracted: the date entered is the day of the announcement, while the "
                                + "ministry puts the recapture on the evening before. A corrected claim replaces it."),

                DAWLAT_ABAD_FARYAB,

                DAWLAT_ABAD_BALKH,

                // PROPOSED by alice. The same claimant cited twice counts once for the rules.
                DemoClaim.by(CAROL, "Afghanistan's Defense Ministry said its operations in eleven provinces killed "
                        + "119 Taliban fighters and wounded 84 in the 24 hours before its update of 23 June 2021.")
                        .on(LocalDate.of(2021, 6, 22), WEEK).type(ARMED_CLASH).actors(ARMY, TALIBAN).nationwide()
                        .fatalities(null, 119, null)
                        .cite(DEFENSE_MINISTRY_UPDATE_JUNE, SUPPORTS, "119 #Taliban terrorists were killed",
                                DEFENSE_MINISTRY, true, "119 killed, 84 wounded")
                        .cite(KHAN_ABAD_REPORT, SUPPORTS, "killing 119 Taliban", DEFENSE_MINISTRY, true, "119")
                        .review(ALICE, 3, "A party's own tally across eleven provinces; nobody else counts these "
                                + "deaths.", PARTISAN_SOURCES_ONLY)
                        .review(CAROL, 3, "The ministry did say it, but whether the count is right cannot be "
                                + "checked from here.", PARTISAN_SOURCES_ONLY, SINGLE_SOURCE)
                        .propose(ALICE, Verdict.UNVERIFIABLE, "Nothing but the ministry's own count."),

                // APPROVED FALSE: a misreading of the ministry's update that spread with the Khan Abad news.
                DemoClaim.by(CAROL, "All 119 Taliban deaths announced by the Defense Ministry on 23 June 2021 "
                        + "happened in the fighting for Khan Abad district in Kunduz.")
                        .on(LocalDate.of(2021, 6, 22), WEEK).type(ARMED_CLASH).actors(ARMY, TALIBAN)
                        .place("Kunduz", "Khan Abad", "Khan Abad district centre", 36.68, 69.11)
                        .fatalities(null, 119, null)
                        .cite(DEFENSE_MINISTRY_UPDATE_JUNE, REFUTES, "Ghazni, Paktia, Logar, Kandahar, …",
                                DEFENSE_MINISTRY, true, "119 across 11 provinces")
                        // the ministry's word alone is a party's and would not make FALSE: the outlet's report, which
                        // prints the whole list of provinces beside the Khan Abad news, is the non-party refutation
                        .cite(KHAN_ABAD_REPORT, REFUTES, "Ghazni, Paktia, Logar", "Anadolu Agency (own reporting)",
                                false, "119")
                        .review(ALICE, 1, "The ministry's own update spreads the 119 over eleven provinces; Khan "
                                + "Abad is one place among many.", WRONG_PLACE)
                        .review(BOB, 2, "The number is the ministry's, but it is a nationwide total, not a Khan "
                                + "Abad one.", WRONG_PLACE, UNCLEAR_ATTRIBUTION)
                        .propose(BOB, Verdict.FALSE, "The source the claim leans on says the opposite.")
                        .approve(EDITOR, "Approved: the ministry's list of provinces settles it."),

                // APPROVED VERIFIED: an official and a provincial assembly member (not a party) agree.
                DemoClaim.by(ALICE, "An Afghan air strike against advancing Taliban fighters in Khan Abad district, "
                        + "Kunduz, in late June 2021 killed at least five civilians and injured 20, children among "
                        + "them.")
                        .on(LocalDate.of(2021, 6, 22), WEEK).type(AIR_DRONE_STRIKE).actors(AIR_FORCE, CIVILIANS)
                        .district("Kunduz", "Khan Abad")
                        .fatalities(5, 5, null)
                        .cite(KHAN_ABAD_REPORT, SUPPORTS, "at least five civilians", "Kunduz local authorities", true,
                                "at least five killed")
                        .cite(KHAN_ABAD_REPORT, SUPPORTS, "injured 20 people, including children",
                                "Kunduz provincial assembly member Fawzia Yaftali", false, "20 injured")
                        .review(ALICE, 5, "Local officials and an elected assembly member agree on the place and "
                                + "the toll.", GOOD_SOURCES, INDEPENDENT_CONFIRMATION)
                        .review(BOB, 4, "Solid; the toll is a minimum and may rise.", INDEPENDENT_CONFIRMATION)
                        .review(CAROL, 4, "Two distinct voices, one outside the government, and no denial.",
                                GOOD_SOURCES)
                        .propose(CAROL, Verdict.VERIFIED, "Confirmed by an assembly member who is not a party.")
                        .approve(EDITOR, "Approved: the place, the minimum toll and the injured count are "
                                + "independently confirmed."),

                // APPROVED UNVERIFIABLE: the Taliban's own count.
                DemoClaim.by(BOB, "The Taliban said their attacks on checkpoints and district compounds across "
                        + "Afghanistan killed at least 21 members of the security forces around 22–23 June 2021.")
                        .on(LocalDate.of(2021, 6, 22), WEEK).type(ARMED_CLASH).actors(TALIBAN, ARMY).nationwide()
                        .fatalities(21, null, null)
                        .cite(TALIBAN_STATEMENT_JUNE, SUPPORTS, "at least 21", MUJAHID, true, "at least 21")
                        .cite(KHAN_ABAD_REPORT, SUPPORTS, "at least 21 security forces", MUJAHID, true, "at least 21")
                        .review(BOB, 3, "The statement exists; its numbers cannot be checked and the group "
                                + "routinely inflates them.", PARTISAN_SOURCES_ONLY)
                        .review(CAROL, 2, "No place, no unit, no names: a propaganda figure until shown "
                                + "otherwise.", PARTISAN_SOURCES_ONLY, SINGLE_SOURCE)
                        .propose(BOB, Verdict.UNVERIFIABLE, "Only the Taliban's claim.")
                        .approve(EDITOR, "Published as unverifiable so consumers see the claim and its status."),

                // PROPOSED by carol: a party's claim that nobody confirmed. "On Wednesday": 23 June 2021, WEEK.
                DemoClaim.by(CAROL, "The Taliban shot down an Afghan military helicopter in Ghazni province on "
                        + "23 June 2021.")
                        .on(LocalDate.of(2021, 6, 23), WEEK).type(ARMED_CLASH).actors(TALIBAN, AIR_FORCE)
                        .province("Ghazni")
                        .cite(TALIBAN_STATEMENT_JUNE, SUPPORTS, "a military chopper was shot down", MUJAHID, true,
                                "one helicopter")
                        .cite(KHAN_ABAD_REPORT, CONTEXT, "did not comment", "Afghan authorities", true, null)
                        .review(CAROL, 2, "A party's claim with no wreckage, no place and no reply from the "
                                + "government.", PARTISAN_SOURCES_ONLY, SINGLE_SOURCE)
                        .review(ALICE, 3, "Not impossible, but nothing beyond the statement.", SINGLE_SOURCE)
                        .propose(CAROL, Verdict.UNVERIFIABLE, "Unconfirmed claim by one side."),

                // OPEN: VERIFIED is blocked by the rules, since both claimants speak for the government.
                // Dates: AFP's copy mentions meetings in Islamabad "on Monday" to plan peace talks, which we
                // read as the four-country meeting of 11 January 2016, so Sunday 10 January 2016, WEEK.
                DemoClaim.by(ALICE, "Government troops, police and special forces retook Darqad district in Takhar "
                        + "province, on the Tajik border, from the Taliban on 10 January 2016 after two days of "
                        + "fighting.")
                        .on(LocalDate.of(2016, 1, 10), WEEK).type(GOVERNMENT_REGAINS_TERRITORY).actors(ARMY, TALIBAN)
                        .district("Takhar", "Darqad")
                        .cite(DARQAD_AFP, SUPPORTS, "entirely captured", "Defence Ministry", true, null)
                        .cite(DARQAD_AFP, SUPPORTS, "confirmed the news", "Takhar provincial spokesman Sonatullah Timor",
                                true, null)
                        .review(ALICE, 4, "Ministry and province agree; a district on the border river is hard to "
                                + "misreport for long.", PARTISAN_SOURCES_ONLY)
                        .review(BOB, 4, "Likely true, but we need someone outside the government for VERIFIED.",
                                PARTISAN_SOURCES_ONLY),

                // PROPOSED by bob.
                DemoClaim.by(BOB, "About twenty Taliban fighters and one Afghan soldier died in the two days of "
                        + "fighting for Darqad district, Takhar, in January 2016.")
                        .on(LocalDate.of(2016, 1, 10), WEEK).type(GOVERNMENT_REGAINS_TERRITORY).actors(ARMY, TALIBAN)
                        .district("Takhar", "Darqad")
                        .fatalities(null, 21, null)
                        .cite(DARQAD_AFP, SUPPORTS, "some twenty militants and one Afghan soldier",
                                "Defence Ministry", true, "about 20 militants and 1 soldier")
                        .review(BOB, 3, "The ministry's figure only; the Taliban side gave none.", SINGLE_SOURCE)
                        .review(CAROL, 3, "A rounded count from one side of the fight.", SINGLE_SOURCE,
                                PARTISAN_SOURCES_ONLY)
                        .propose(BOB, Verdict.UNVERIFIABLE, "One party's rounded figure."),

                // OPEN. Dated: fighting on the night of Sunday 23 May 2021, reported on 24 May.
                DemoClaim.by(CAROL, "Afghan forces killed 50 Taliban fighters and wounded more than 60 while "
                        + "pushing back an attack at the edge of Mihtarlam, Laghman's capital, on the night of "
                        + "23 May 2021.")
                        .on(LocalDate.of(2021, 5, 23), DAY).type(ARMED_CLASH).actors(ARMY, TALIBAN)
                        .place("Laghman", "Mihtarlam", "Outskirts of Mihtarlam", 34.67, 70.21)
                        .fatalities(null, 50, null)
                        .cite(LAGHMAN_REPORT, SUPPORTS, "50 militants", DEFENSE_MINISTRY, true, "50 killed, over 60 injured")
                        .cite(TALIBAN_STATEMENT_MAY, CONTEXT, "more than three dozen", MUJAHID, true,
                                "more than three dozen checkpoints")
                        .review(ALICE, 3, "The ministry's count; the Taliban describe the same night as a "
                                + "success.", PARTISAN_SOURCES_ONLY, FIGURES_CONFLICT)
                        .review(CAROL, 3, "Fighting there is certain; the toll is one side's.", PARTISAN_SOURCES_ONLY),

                // APPROVED DISPUTED: the two sides tell opposite stories of the same night.
                DemoClaim.by(ALICE, "Taliban fighters overran more than 36 army and police checkpoints around "
                        + "Mihtarlam, Laghman's capital, on the night of 23 May 2021.")
                        .on(LocalDate.of(2021, 5, 23), DAY).type(NON_STATE_ACTOR_OVERTAKES_TERRITORY)
                        .actors(TALIBAN, ARMY)
                        .place("Laghman", "Mihtarlam", "Outskirts of Mihtarlam", 34.67, 70.21)
                        .cite(TALIBAN_STATEMENT_MAY, SUPPORTS, "more than three dozen", MUJAHID, true,
                                "more than three dozen")
                        .cite(LAGHMAN_REPORT, REFUTES, "completely foiled", "Zia, former army chief of staff", true,
                                null)
                        .review(ALICE, 3, "Each side claims the night; neither offers anything checkable.",
                                FIGURES_CONFLICT, PARTISAN_SOURCES_ONLY)
                        .review(BOB, 3, "Both accounts come from parties and they contradict each other.",
                                PARTISAN_SOURCES_ONLY)
                        .review(CAROL, 2, "Three dozen posts in one night is a lot, and the army says the push "
                                + "failed.", FIGURES_CONFLICT)
                        .propose(ALICE, Verdict.DISPUTED, "Government and Taliban accounts contradict each other.")
                        .approve(EDITOR, "Approved as disputed; both accounts are shown."),

                // OPEN. "In recent weeks" before 24 May 2021: MONTH.
                DemoClaim.by(CAROL, "The Taliban took control of Nerkh district in Wardak province in May 2021.")
                        .on(LocalDate.of(2021, 5, 15), MONTH).type(NON_STATE_ACTOR_OVERTAKES_TERRITORY)
                        .actors(TALIBAN, ARMY).district("Wardak", "Nerkh")
                        .cite(LAGHMAN_REPORT, SUPPORTS, "the districts of Nerkh and Jalraiz",
                                "Islam Times (own reporting)", false, null),

                // OPEN. Same article and month as Nerkh.
                DemoClaim.by(CAROL, "The Taliban took control of Jalraiz district in Wardak province in May 2021.")
                        .on(LocalDate.of(2021, 5, 15), MONTH).type(NON_STATE_ACTOR_OVERTAKES_TERRITORY)
                        .actors(TALIBAN, ARMY).district("Wardak", "Jalraiz")
                        .cite(LAGHMAN_REPORT, SUPPORTS, "the districts of Nerkh and Jalraiz",
                                "Islam Times (own reporting)", false, null)
                        .review(CAROL, 3, "Named in passing in a round-up; needs a date and a local source.",
                                SINGLE_SOURCE),

                // OPEN. "Earlier this month" (May 2021) after government forces pulled out: ACLED codes a
                // handover without fighting as a non-violent transfer of territory.
                DemoClaim.by(BOB, "The Taliban took over Burka district in Baghlan province in early May 2021 after "
                        + "government forces pulled out.")
                        .on(LocalDate.of(2021, 5, 10), MONTH).type(NON_VIOLENT_TRANSFER_OF_TERRITORY)
                        .actors(TALIBAN, ARMY).district("Baghlan", "Burka")
                        .cite(LAGHMAN_REPORT, SUPPORTS, "after government forces withdrew",
                                "Islam Times (own reporting)", false, null));
    }
}
