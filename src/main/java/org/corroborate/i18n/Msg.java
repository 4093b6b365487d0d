package org.corroborate.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import org.corroborate.account.Role;
import org.corroborate.citation.Stance;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.EventType;
import org.corroborate.claim.PlacePrecision;
import org.corroborate.claim.SubEventType;
import org.corroborate.claim.Verdict;
import org.corroborate.review.ReviewTag;
import org.corroborate.source.SourceKind;
import org.corroborate.workflow.Decision;

/**
 * What every page shares, as {@code {msg:…}} in templates: the layout, the navigation and the words of forms.
 * English is here; Dari and Pashto are in {@code messages/msg_fa-AF.properties} and {@code msg_ps-AF.properties}.
 * The domain's terms and their renderings are listed in docs/GLOSSARY.md.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message("Corroborate")
    String appName();

    @Message("Skip to content")
    String skipToContent();

    @Message("Main")
    String mainNavigation();

    @Message("Dashboard")
    String navDashboard();

    @Message("Claims")
    String navClaims();

    @Message("Sources")
    String navSources();

    @Message("Claimants")
    String navClaimants();

    @Message("Export")
    String navExport();

    @Message("My review queue")
    String navReviewQueue();

    @Message("Decisions")
    String navDecisions();

    @Message("Users")
    String navUsers();

    @Message("Places")
    String navPlaces();

    @Message("Account")
    String navAccount();

    @Message("Sign out")
    String signOut();

    @Message("Language")
    String language();

    @Message("Corroborate — checked, sourced, approved events.")
    String footer();

    @Message("(required)")
    String required();

    @Message("— choose —")
    String choose();

    @Message("Review saved.")
    String reviewSaved();

    @Message("Review updated.")
    String reviewUpdated();

    @Message("Your review was withdrawn; the claim's history notes it.")
    String reviewWithdrawn();

    @Message("Claims {id} and {other} judged the same event.")
    String judgedSameEvent(String id, String other);

    @Message("Claims {id} and {other} judged different events.")
    String judgedDifferentEvents(String id, String other);

    @Message("From the claimant (default)")
    String partyFromClaimant();

    @Message("Party to the conflict")
    String partyToTheConflict();

    @Message("Not a party")
    String notAParty();

    @Message("Read: GET only")
    String tokenScopeRead();

    @Message("Write: everything your roles allow")
    String tokenScopeWrite();

    // the domain's enum values, as {msg:verdict(claim.verdict)}: English in msg_en.properties, since Qute takes an enum's
    // messages from the bundle's files (one key per constant); Java reads them through Texts.label

    String eventType(EventType eventType);

    String subEventType(SubEventType subEventType);

    String verdict(Verdict verdict);

    String stance(Stance stance);

    String datePrecision(DatePrecision datePrecision);

    String placePrecision(PlacePrecision placePrecision);

    String status(ClaimStatus status);

    String sourceKind(SourceKind sourceKind);

    String reviewTag(ReviewTag reviewTag);

    String role(Role role);

    String decision(Decision decision);


    @Message("{#when rating}{#is 1}{msg:rating1}{#is 2}{msg:rating2}{#is 3}{msg:rating3}{#is 4}{msg:rating4}{#is 5}{msg:rating5}{#else}{msg:unrated}{/when}")
    String rating(int rating);

    @Message("False")
    String rating1();

    @Message("Mostly false")
    String rating2();

    @Message("Mixed")
    String rating3();

    @Message("Mostly true")
    String rating4();

    @Message("True")
    String rating5();

    @Message("Unrated")
    String unrated();
}
