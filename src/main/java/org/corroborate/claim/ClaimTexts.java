package org.corroborate.claim;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The claim pages' words, as {@code {claims:…}} in templates: the list, the form, the claim page and the public page.
 * English is here; Dari and Pashto are in {@code messages/claims_fa-AF.properties} and {@code claims_ps-AF.properties}.
 * Numbers come in already written in the page's digits.
 */
@MessageBundle(value = "claims", locale = "en")
public interface ClaimTexts {

    // the list

    @Message("Claims")
    String claims();

    @Message("Write a new claim")
    String writeNew();

    @Message("Search claims")
    String searchClaims();

    @Message("Text")
    String text();

    @Message("Statement, place or actor")
    String textHint();

    @Message("Status")
    String status();

    @Message("Any")
    String any();

    @Message("Verdict")
    String verdict();

    @Message("Province (admin1)")
    String admin1();

    @Message("District (admin2)")
    String admin2();

    @Message("Event from")
    String eventFrom();

    @Message("Event to")
    String eventTo();

    @Message("Only claims outside the gazetteer (no P-code).")
    String onlyOutsideGazetteer();

    @Message("Only claims at P-code {pcode}.")
    String onlyAtPcode(String pcode);

    @Message("Search")
    String search();

    @Message("Clear")
    String clear();

    @Message("Claims found: {count}")
    String found(String count);

    @Message("Statement")
    String statement();

    @Message("Event")
    String event();

    @Message("Place")
    String place();

    @Message("not in the gazetteer")
    String notInGazetteer();

    @Message("No claim matches. Widen the search or clear the filters.")
    String noMatch();

    // the form

    @Message("Edit claim {id}")
    String editClaim(String id);

    @Message("New claim")
    String newClaim();

    @Message("Back to the claim")
    String backToClaim();

    @Message("Filled in from what the app read in")
    String filledInFrom();

    @Message("source {id}")
    String sourceNumbered(String id);

    @Message(": check each field against the text. The citations it found are attached when you create the claim.")
    String filledInCheck();

    @Message("One checkable statement about one event, at least 10 characters")
    String statementHint();

    @Message("When")
    String when();

    @Message("Event date")
    String eventDate();

    @Message("YYYY-MM-DD, or a Solar Hijri date such as 1400-04-02 or 2 Saratan 1400")
    String eventDateHint();

    @Message("Date precision")
    String datePrecision();

    @Message("What and who")
    String whatAndWho();

    @Message("Event type")
    String eventType();

    @Message("Sub-event type")
    String subEventType();

    @Message("Actor 1")
    String actor1();

    @Message("Actor 2")
    String actor2();

    @Message("Where")
    String where();

    @Message("Country")
    String country();

    @Message("A district, province or village, in any spelling")
    String placeHint();

    @Message("Latitude")
    String latitude();

    @Message("-90 to 90")
    String latitudeHint();

    @Message("Longitude")
    String longitude();

    @Message("-180 to 180")
    String longitudeHint();

    @Message("Find the place")
    String findPlace();

    @Message("Looks the place (or district, or province) up in the gazetteer, keeping what you typed.")
    String findPlaceHint();

    @Message("Place precision")
    String placePrecision();

    @Message("Fatalities (low / best / high estimates, each optional)")
    String fatalitiesLegend();

    @Message("Low")
    String low();

    @Message("Best")
    String best();

    @Message("High")
    String high();

    @Message("Save the claim")
    String save();

    @Message("Create the claim")
    String create();

    // flash messages after the form

    @Message("Claim {id} created with the citations the app read in source {source}. Check each against the text.")
    String createdFromSource(String id, String source);

    @Message("Claim {id} created. Attach its sources next.")
    String created(String id);

    @Message("Claim {id} saved.")
    String saved(String id);

    @Message("Fatalities set to the suggested figures; edit the claim to change them.")
    String fatalitiesSet();

    // the claim page

    @Message("Claim {id}")
    String claim(String id);

    @Message("verdict")
    String verdictLower();

    @Message("Edit the claim")
    String editTheClaim();

    @Message("Public page")
    String publicPage();

    @Message("Act on this claim")
    String actOnClaim();

    @Message("The event")
    String theEvent();

    @Message("Date")
    String date();

    @Message("precision: {precision}")
    String precision(String precision);

    @Message("Type")
    String type();

    @Message("Actors")
    String actors();

    @Message("P-code {pcode}")
    String pcode(String pcode);

    @Message("Fatalities")
    String fatalities();

    @Message("low / best / high")
    String lowBestHigh();

    @Message("Written by")
    String writtenBy();

    @Message("Approved by")
    String approvedBy();

    @Message("unknown")
    String unknown();

    @Message("from {low} to {high}")
    String figureSpread(String low, String high);

    // the same event

    @Message("Same event")
    String sameEvent();

    @Message("Place conflict:")
    String placeConflict();

    @Message("claim")
    String claimLower();

    @Message("puts this event in")
    String putsThisEventIn();

    @Message("; this claim in")
    String thisClaimIn();

    @Message("no province")
    String noProvince();

    @Message("Judged the same event")
    String judgedSame();

    @Message("Claim #{id}")
    String claimNumbered(String id);

    @Message("judged by")
    String judgedBy();

    @Message("Possibly the same event")
    String possiblySame();

    @Message("{count} more candidates: the claims of {province} around this date")
    String moreCandidates(String count, String province);

    @Message("No other claim in the same place, dates and kind of event waits for a judgement.")
    String noCandidates();

    @Message("Judged different events ({count})")
    String judgedDifferent(String count);

    @Message("Side by side")
    String sideBySide();

    @Message("Claim")
    String claimHeading();

    @Message("Stated figures")
    String statedFigures();

    @Message("this claim")
    String thisClaim();

    @Message("same event")
    String sameEventLower();

    @Message("possibly")
    String possibly();

    @Message("another province")
    String anotherProvince();

    @Message("same district")
    String sameDistrict();

    @Message("same province")
    String sameProvince();

    @Message("same district name, another province")
    String sameDistrictNameOtherProvince();

    @Message("another place")
    String anotherPlace();

    @Message("Same event as #{id}")
    String sameEventAs(String id);

    @Message("Different event from #{id}")
    String differentEventFrom(String id);

    // evidence

    @Message("Evidence")
    String evidence();

    @Message("No source is attached yet")
    String evidenceNone();

    @Message("{sources}, {origins}: {names}")
    String evidenceCounts(String sources, String origins, String names);

    @Message("{count} {#if one}source{#else}sources{/if}")
    String sources(String count, boolean one);

    @Message("{count} {#if one}origin{#else}origins{/if}")
    String origins(String count, boolean one);

    @Message("{origin} (party)")
    String partyOrigin(String origin);

    @Message("nothing supports the claim")
    String nothingSupports();

    @Message("no independent confirmation")
    String noIndependentConfirmation();

    @Message("confirmed by {origins} not a party to the conflict")
    String confirmedBy(String origins);

    @Message("Denied by")
    String deniedBy();

    @Message("(a party to the conflict: a denial, not independent refutation)")
    String denialNote();

    @Message("Figures side by side")
    String figuresSideBySide();

    @Message("The figures disagree:")
    String figuresDisagree();

    @Message("about {reading}")
    String figureAbout(String reading);

    @Message("{low} to {high}")
    String figureRange(String low, String high);

    @Message("at least {number}")
    String figureAtLeast(String number);

    @Message("at most {number}")
    String figureAtMost(String number);

    @Message("{reading} (approximate)")
    String figureApproximate(String reading);

    @Message("no number")
    String noNumber();

    @Message("party to the conflict")
    String partyToTheConflict();

    @Message("not a party")
    String notAParty();

    @Message("Suggested fatalities")
    String suggestedFatalities();

    @Message("low")
    String lowLower();

    @Message("best")
    String bestLower();

    @Message("high")
    String highLower();

    @Message("the claim has {range}")
    String theClaimHas(String range);

    @Message("Use these figures")
    String useTheseFigures();

    @Message("Claimant:")
    String claimant();

    @Message("origin")
    String origin();

    @Message("Figure:")
    String figure();

    @Message("Edit citation #{id}")
    String editCitation(String id);

    @Message("Remove citation #{id}…")
    String removeCitation(String id);

    @Message("No source is attached yet.")
    String noSource();

    // verdict rules

    @Message("What each verdict needs")
    String whatEachVerdictNeeds();

    @Message("can be proposed")
    String canBeProposed();

    @Message("{count} unmet")
    String unmetCount(String count);

    @Message("Unmet:")
    String unmet();

    @Message("Met:")
    String met();

    // credibility and history

    @Message("Credibility")
    String credibility();

    @Message("mean {mean} of 5 from {reviews} reviews ({leaningTrue} leaning true, {mixed} mixed, {leaningFalse} leaning false).")
    String credibilitySummary(String mean, String reviews, String leaningTrue, String mixed, String leaningFalse);

    @Message("mean {mean} of 5, {reviews} reviews")
    String credibilityShort(String mean, String reviews);

    @Message("Nobody has reviewed this claim yet.")
    String noReviews();

    @Message("Status history")
    String statusHistory();

    @Message("History")
    String history();

    @Message("When")
    String whenColumn();

    @Message("Who")
    String who();

    @Message("Change")
    String change();

    @Message("Note")
    String note();

    @Message("Correction")
    String correction();

    // acting on the claim

    @Message("Attach a source")
    String attachSource();

    @Message("A source that bears on the claim: the claimant in it, their stance, the figure as stated.")
    String attachSourceHint();

    @Message("Your review")
    String yourReview();

    @Message("Rating")
    String rating();

    @Message("Rationale")
    String rationale();

    @Message("Why, in at least 10 characters")
    String rationaleHint();

    @Message("Reasons (optional)")
    String reasons();

    @Message("Save my review")
    String saveReview();

    @Message("Withdraw my review")
    String withdrawReview();

    @Message("Propose a verdict")
    String proposeVerdict();

    @Message("Propose")
    String propose();

    @Message("Approve or reject the proposed verdict: {verdict}")
    String approveOrReject(String verdict);

    @Message("You cannot approve this claim: {reason}. Another editor must.")
    String cannotApprove(String reason);

    @Message("Required when rejecting: say why")
    String rejectNoteHint();

    @Message("Approve")
    String approve();

    @Message("Reject")
    String reject();

    @Message("Retract this published claim")
    String retractHeading();

    @Message("Why")
    String why();

    @Message("Retract")
    String retract();

    // the public page

    @Message("Retracted.")
    String retractedSentence();

    @Message("This fact-check was withdrawn on")
    String withdrawnOn();

    @Message("by")
    String withdrawnBy();

    @Message(".")
    String withdrawnEnd();

    @Message("Why:")
    String whyColon();

    @Message("Fact-check · verdict")
    String factCheckVerdict();

    @Message("Retracted")
    String retracted();

    @Message("figure")
    String figureLower();
}
