package org.corroborate.citation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the citation pages (attach a source, correct or remove a citation) and of a citation wherever a page
 * describes one, as {@code {citations:…}}; Java's flash messages through {@code Texts.of(CitationTexts.class, …)}.
 * Dari and Pashto are in {@code messages/citations_fa-AF.properties} and {@code citations_ps-AF.properties}. A source's
 * own fields (url, title, outlet…) are {@code {sources:…}}.
 */
@MessageBundle(value = "citations", locale = "en")
public interface CitationTexts {

    // a citation as pages describe it: "Supports · claimant <name> (party to the conflict) · figure <figure>"

    @Message("claimant")
    String claimant();

    @Message("party to the conflict")
    String partyToTheConflict();

    @Message("figure")
    String figure();

    @Message("Figure")
    String figureTitle();

    // the attach form

    @Message("Attach a source to claim {claim}")
    String attachTitle(String claim);

    @Message("Claim {claim}")
    String claimNumber(String claim);

    @Message("Attach a source")
    String attachASource();

    /** "To the claim <statement>". */
    @Message("To the claim")
    String toTheClaim();

    @Message("The source and what it says")
    String theSourceAndWhatItSays();

    @Message("An existing source")
    String anExistingSource();

    @Message("— none: a new source below —")
    String noneANewSourceBelow();

    /** The number is {@code CitationResource.SOURCE_CHOICES}. */
    @Message("The 100 most recently added")
    String newestHint();

    @Message("…or a new source")
    String orANewSource();

    @Message("Attach")
    String attach();

    @Message("Cancel")
    String cancel();

    // the citation's fields, in both forms

    @Message("Source")
    String source();

    /** The number is {@code CitationResource.SOURCE_CHOICES}. */
    @Message("The cited source, then the 100 most recently added")
    String sourceHint();

    @Message("Stance")
    String stance();

    @Message("Claimant")
    String claimantLabel();

    @Message("Who in the source makes the assertion, e.g. Defense Ministry")
    String claimantHint();

    @Message("Is the claimant a party to the conflict?")
    String claimantIsParty();

    @Message("Figure as stated")
    String statedFigure();

    @Message("e.g. nearly 59, at least 21")
    String statedFigureHint();

    @Message("Quote")
    String quote();

    @Message("The short phrase that bears on the claim")
    String quoteHint();

    // correcting and removing a citation

    @Message("Claim {claim} · citation #{citation}")
    String claimAndCitation(String claim, String citation);

    @Message("Edit citation #{citation} of claim {claim}")
    String editTitle(String citation, String claim);

    @Message("Edit a citation")
    String editHeading();

    /** "Of the claim <statement>. What you change is kept in the claim's history." */
    @Message("Of the claim")
    String ofTheClaim();

    @Message("What you change is kept in the claim's history.")
    String changeIsKept();

    @Message("What you change is kept in the claim's history, and the claim goes back to open: its proposed verdict was made on the evidence as it was.")
    String changeIsKeptAndReopens();

    @Message("Save the citation")
    String saveTheCitation();

    @Message("Remove it…")
    String removeIt();

    @Message("Remove citation #{citation} from claim {claim}")
    String removeTitle(String citation, String claim);

    @Message("Remove this citation?")
    String removeHeading();

    /** "From the claim <statement>. The source itself stays; …" */
    @Message("From the claim")
    String fromTheClaim();

    @Message("The source itself stays; the claim's history keeps what the citation was.")
    String removalIsKept();

    @Message("The source itself stays; the claim's history keeps what the citation was, and the claim goes back to open: its proposed verdict was made on the evidence as it was.")
    String removalIsKeptAndReopens();

    @Message("The citation")
    String theCitation();

    @Message("Remove the citation")
    String removeTheCitation();

    @Message("Keep it")
    String keepIt();

    // flash messages

    @Message("Source attached.")
    String attached();

    @Message("Citation #{citation} saved; the claim's history records what changed.")
    String saved(String citation);

    @Message("Citation #{citation} removed; the claim's history records what it was.")
    String removed(String citation);
}
