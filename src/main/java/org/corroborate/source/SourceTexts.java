package org.corroborate.source;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the source pages, the article import and the bulk import's job page, as {@code {sources:…}} in
 * templates; Java's flash messages through {@code Texts.of(SourceTexts.class, language)}. Dari and Pashto are in
 * {@code messages/sources_fa-AF.properties} and {@code sources_ps-AF.properties}. Numbers come in written as the page's
 * language writes them ({@code {n.num}}, {@code Texts.digits}). Where a sentence holds a link or code, it is cut into
 * the pieces around it, so each language can order its words.
 */
@MessageBundle(value = "sources", locale = "en")
public interface SourceTexts {

    // the list

    @Message("Sources")
    String listTitle();

    @Message("Import an article")
    String importArticle();

    @Message("Describe a source by hand")
    String describeByHand();

    @Message("Search sources")
    String searchSources();

    @Message("Title or outlet")
    String titleOrOutlet();

    @Message("Search")
    String search();

    @Message("Clear")
    String clear();

    @Message("Sources found: {count}")
    String found(String count);

    @Message("Id")
    String id();

    // a source's details, as the list, the page and the forms name them

    @Message("Url")
    String url();

    @Message("Title")
    String title();

    @Message("Outlet")
    String outlet();

    @Message("Author")
    String author();

    @Message("Published")
    String published();

    @Message("Kind")
    String kind();

    @Message("Language")
    String language();

    @Message("Leave empty when the source has no link")
    String urlHint();

    @Message("A tag such as en or ps-AF")
    String languageHint();

    // the source page

    @Message("Source {id}")
    String source(String id);

    @Message("Correct the details")
    String correctTheDetails();

    @Message("About the source")
    String aboutTheSource();

    @Message("Added by")
    String addedBy();

    @Message("unknown")
    String unknown();

    @Message("none")
    String none();

    @Message("Claims citing this source ({count})")
    String citingClaims(String count);

    @Message("No claim cites this source yet.")
    String noClaimCitesIt();

    @Message("Events the text reports ({count})")
    String candidates(String count);

    @Message("Read from the text by rules, not by a person: dates against the published date, places through the gazetteer, figures and who gives them. Check each against the text before you use it.")
    String candidatesHint();

    @Message("This source has no published date, so weekdays and words such as \"last week\" give no date.")
    String noPublishedDate();

    @Message("Add the date")
    String addTheDate();

    @Message("When")
    String when();

    @Message("no date in the text")
    String noDate();

    @Message("Where")
    String where();

    @Message("What")
    String what();

    /** Where a candidate happened: a province alone, or a district name several provinces have. */
    @Message("{province} province")
    String province(String province);

    @Message("the district {district} is ambiguous: {count} provinces have one, and the article names none of them")
    String ambiguousDistrict(String district, String count);

    @Message("Who")
    String who();

    @Message("Fatalities")
    String fatalities();

    /** Between the two actors: "A against B"; {@link #againstEnd} follows B, for languages that close the phrase. */
    @Message("against")
    String against();

    @Message("")
    String againstEnd();

    @Message("low")
    String low();

    @Message("best")
    String best();

    @Message("high")
    String high();

    @Message("no figure in the text")
    String noFigure();

    @Message("Citations ({count})")
    String candidateCitations(String count);

    @Message("known claimant")
    String knownClaimant();

    @Message("in the text")
    String inTheText();

    @Message("characters {start}–{end}")
    String characters(String start, String end);

    @Message("Write this claim")
    String writeThisClaim();

    @Message("Add to claim {id}")
    String addToClaim(String id);

    /** "Claims 4, 7 may report the same event.": the words before the claims' links and after them. */
    @Message("Claims")
    String sameEventBefore();

    @Message("may report the same event.")
    String sameEventAfter();

    /** Between the claims' links. */
    @Message(", ")
    String listComma();

    @Message("The app found no event in the text: no sentence names a place it knows together with what happened there.")
    String noCandidates();

    @Message("Text")
    String text();

    // the new source and its correction

    @Message("New source")
    String newSource();

    @Message("Full text")
    String fullText();

    @Message("Save the source")
    String saveTheSource();

    @Message("Correct source {id}")
    String correctTitle(String id);

    @Message("Correct the source's details")
    String correctHeading();

    /** "Of <the source's title>. The full text stays as it is." */
    @Message("Of")
    String correctOf();

    @Message("The full text stays as it is.")
    String fullTextStays();

    @Message("Claims citing this source: {count}. Each records the correction in its history; a claim whose verdict is proposed goes back to open, and a published claim keeps its status and what was published.")
    String correctionReachesClaims(String count);

    @Message("Save the correction")
    String saveTheCorrection();

    @Message("Cancel")
    String cancel();

    // the article import

    /** The help before the import form, cut around its code: .txt, .html and the dateline's pattern. */
    @Message("Paste the article, or upload it as a")
    String importHelp1();

    @Message("file or a saved web page (")
    String importHelp2();

    @Message(": its text is kept, its markup, scripts and menus are not). When its first line begins")
    String importHelp3();

    @Message(", the date and the outlet are taken from it.")
    String importHelp4();

    @Message("Article text")
    String articleText();

    @Message("…or a .txt or .html file")
    String orAFile();

    @Message("Optional; an article known by its url or its text is not imported twice")
    String importUrlHint();

    @Message("Optional; wins over the dateline's outlet")
    String importOutletHint();

    @Message("Import")
    String importButton();

    @Message("Import many files at once")
    String bulkHeading();

    /** The bulk import's help, cut around its code: .txt, .html, .zip. */
    @Message("Choose several")
    String bulkHelp1();

    @Message("or")
    String bulkHelp2();

    @Message("files, or a")
    String bulkHelp3();

    @Message("of them (up to 2 MB in all). Each file becomes a source as above, in the background: the next page shows the progress, then which files were imported, which were known already (by their url or text, also twice in one upload) and which could not be read, and why. One bad file does not stop the others.")
    String bulkHelp4();

    @Message("Files")
    String files();

    @Message("Several .txt, .html or .htm files, or .zip files of them")
    String filesHint();

    @Message("Upload the files")
    String uploadTheFiles();

    // the bulk import's job page

    @Message("Import {id}")
    String job(String id);

    @Message("Sent by {owner}")
    String sentBy(String owner);

    @Message("Importing: {done} of {total} file")
    String importingFile(String done, String total);

    @Message("Importing: {done} of {total} files")
    String importingFiles(String done, String total);

    @Message("Done: {done} of {total} file")
    String doneFile(String done, String total);

    @Message("Done: {done} of {total} files")
    String doneFiles(String done, String total);

    @Message("{percent} %")
    String percent(String percent);

    @Message("Imported ({count})")
    String imported(String count);

    /** "<title> from <file name>" */
    @Message("from")
    String from();

    @Message("No file was imported.")
    String noFileImported();

    @Message("Known already ({count})")
    String knownAlready(String count);

    @Message("None.")
    String noneOfThem();

    @Message("Not imported ({count})")
    String notImported(String count);

    /** A duplicate: "its url is <source 5>'s, not imported again", by what it shares (a stable code: url or text). */
    @Message("its url is")
    String duplicateUrl();

    @Message("its text is")
    String duplicateText();

    @Message("its {field} is")
    String duplicateField(String field);

    @Message("source {id}")
    String duplicateOf(String id);

    @Message("'s, not imported again")
    String duplicateEnd();

    @Message("Import more")
    String importMore();

    @Message("All sources")
    String allSources();

    // flash messages

    @Message("Source {id} saved.")
    String saved(String id);

    @Message("Source {id} corrected; the claims citing it record the change.")
    String corrected(String id);

    @Message("This article is known already: here is source {id}.")
    String knownArticle(String id);

    @Message("Imported the article as source {id}.")
    String importedArticle(String id);

    @Message("Received the files: they are being imported.")
    String filesReceived();

    @Message("1 citation from source {source} added to claim {claim}. Check each against the text.")
    String candidateCitationAdded(String source, String claim);

    @Message("{count} citations from source {source} added to claim {claim}. Check each against the text.")
    String candidateCitationsAdded(String count, String source, String claim);
}
