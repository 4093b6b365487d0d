package org.corroborate.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the reference pages, as {@code {ref:…}} in templates and {@code Texts.of(ReferenceTexts.class, …)}
 * in Java: claimants, the gazetteer's page and the place choices, the export page, the dashboard with its charts
 * and the map of published events. Dari and Pashto are in {@code messages/ref_fa-AF.properties} and
 * {@code ref_ps-AF.properties}.
 * <p>
 * Messages ending in {@code Html} hold markup (code names, links) and are written out with {@code .raw}: none takes
 * text from users unless it comes through {@link IsolatedText#bdi}, which escapes it.
 */
@MessageBundle(value = "ref", locale = "en")
public interface ReferenceTexts {

    // words several pages share

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message(",")
    String comma();

    @Message("Search")
    String search();

    @Message("Clear")
    String clear();

    @Message("Name")
    String name();

    @Message("Organisation")
    String organisation();

    @Message("Side")
    String side();

    @Message("Verdict")
    String verdict();

    @Message("Verdicts")
    String verdicts();

    @Message("Province")
    String province();

    @Message("District")
    String district();

    @Message("Claims")
    String claims();

    @Message("Date")
    String date();

    @Message("Place")
    String place();

    @Message("Claim")
    String claim();

    @Message("All verdicts")
    String allVerdicts();

    @Message("No published event yet.")
    String noPublishedEvent();

    @Message("Published events on the map")
    String publishedEventsOnTheMap();

    // claimants

    @Message("Who makes the assertions in sources. A citation’s claimant resolves to the claimant with that name or alias, titles aside (“Taliban spokesman Zabihullah Mujahid” is Zabihullah Mujahid), and takes its party flag unless the citation sets its own. Citations of one organisation count as one origin for the verdict rules.")
    String claimantsIntro();

    @Message("Search claimants")
    String searchClaimants();

    @Message("Name or alias")
    String nameOrAlias();

    @Message("Claimants found: {count}")
    String claimantsFound(String count);

    @Message("Also known as")
    String alsoKnownAs();

    @Message("unaffiliated")
    String unaffiliated();

    @Message("New claimant")
    String newClaimant();

    @Message("A person or body, e.g. Zabihullah Mujahid or Afghan Ministry of Defense")
    String nameHint();

    @Message("Aliases")
    String aliases();

    @Message("Other names, one per line, e.g. Mujahid")
    String aliasesHint();

    @Message("Whom the claimant speaks for; empty when unaffiliated")
    String organisationHint();

    @Message("When a party, e.g. Taliban or Afghan government")
    String sideHint();

    @Message("The organisation is a party to the conflict")
    String organisationIsParty();

    @Message("Save the claimant")
    String saveClaimant();

    @Message("Claimant {name}")
    String claimantTitle(String name);

    @Message("Claimant {id}")
    String claimantNumber(Long id);

    @Message("About the claimant")
    String aboutClaimant();

    @Message("no alias yet")
    String noAliasYet();

    @Message("side:")
    String sideIs();

    @Message("Added by")
    String addedBy();

    @Message("Citations of this claimant ({count})")
    String citationsOfClaimant(String count);

    @Message("named as:")
    String namedAs();

    @Message("source:")
    String inSource();

    @Message("party to the conflict")
    String partyToTheConflict();

    @Message("(set on the citation)")
    String setOnTheCitation();

    @Message("figure")
    String figure();

    @Message("No citation names this claimant yet.")
    String noCitationYet();

    @Message("Add an alias")
    String addAnAlias();

    @Message("Alias")
    String alias();

    @Message("Another name the claimant goes by; citations with it resolve here")
    String aliasHint();

    @Message("Add the alias")
    String addTheAlias();

    @Message("Correct the claimant")
    String correctClaimant();

    @Message("The old name stays an alias")
    String oldNameStaysAlias();

    @Message("Save")
    String save();

    @Message("Merge into another claimant")
    String mergeIntoAnother();

    @Message("When this is the same claimant as another: its names become the other’s aliases, its citations move there, and this one goes.")
    String mergeExplained();

    @Message("The claimant that stays")
    String claimantThatStays();

    @Message("Merge")
    String merge();

    @Message("Claimant {name} saved.")
    String claimantSaved(String name);

    @Message("Alias {alias} added.")
    String aliasAdded(String alias);

    @Message("Merged claimant {id} into {name}.")
    String claimantMerged(String id, String name);

    // the dashboard

    @Message("Waiting for you")
    String waitingForYou();

    @Message("waiting for your vote")
    String waitingForYourVote();

    @Message("verdicts waiting for approval")
    String verdictsWaitingForApproval();

    @Message("Write a new claim")
    String writeNewClaim();

    @Message("Import an article")
    String importArticle();

    @Message("Claims by status")
    String claimsByStatus();

    @Message("Published events and the queue")
    String eventsAndQueue();

    @Message("Recently changed")
    String recentlyChanged();

    @Message("All claims")
    String allClaims();

    @Message("No claim yet.")
    String noClaimYet();

    // the dashboard's charts (DashboardCharts)

    @Message("Published events by month")
    String eventsByMonth();

    @Message("By the date of the event, the {months} months to {last}.")
    String byMonthCaption(String months, String last);

    @Message("{count} earlier event is not drawn.")
    String earlierEventNotDrawn(String count);

    @Message("{count} earlier events are not drawn.")
    String earlierEventsNotDrawn(String count);

    @Message("most in a month: {count}")
    String mostInAMonth(String count);

    @Message("{#when month}{#is 1}Jan{#is 2}Feb{#is 3}Mar{#is 4}Apr{#is 5}May{#is 6}Jun{#is 7}Jul{#is 8}Aug{#is 9}Sep{#is 10}Oct{#is 11}Nov{#else}Dec{/when} {year}")
    String monthOfYear(int month, String year);

    @Message("Published events by province")
    String eventsByProvince();

    @Message("Other or unknown provinces")
    String otherProvinces();

    @Message("The {count} provinces with the most events, then the rest.")
    String topProvincesCaption(String count);

    @Message("Verdicts of published events")
    String verdictsOfPublishedEvents();

    @Message("Review queue")
    String reviewQueue();

    @Message("Waiting for your vote")
    String queueWaitingForYourVote();

    @Message("Open: reviews and a proposed verdict to come")
    String queueOpen();

    @Message("Proposed: waiting for an editor")
    String queueProposed();

    @Message("Nothing waits for review.")
    String nothingWaitsForReview();

    // the map of published events (tags/eventMap.html, map.EventMap)

    @Message("No published event has coordinates yet.")
    String noEventHasCoordinates();

    @Message("Map of Afghanistan with {count} published {#if one}event{#else}events{/if}; each links to its claim")
    String mapTitle(String count, boolean one);

    @Message("The same events as a table")
    String sameEventsAsTable();

    @Message("The {count} mapped {#if one}event{#else}events{/if} as a table")
    String mappedEventsAsTable(String count, boolean one);

    @Message("Fatalities (low / best / high)")
    String fatalitiesLowBestHigh();

    @Message("No verdict")
    String noVerdict();

    @Message("place not named")
    String placeNotNamed();

    @Message("date unknown")
    String dateUnknown();

    @Message("unknown")
    String fatalitiesUnknown();

    @Message("Each dot is a published event where its coordinates place it, coloured by its verdict.")
    String mapCaption();

    @Message("Only the latest {count} events with coordinates, by the date of the event, are shown.")
    String onlyTheLatest(String count);

    @Message("{count} event has coordinates outside the map and is not drawn.")
    String eventOutsideTheMap(String count);

    @Message("{count} events have coordinates outside the map and are not drawn.")
    String eventsOutsideTheMap(String count);

    // the export page

    @Message("Approved events are published for anyone, without an account, at <code>/api/events</code>. Every approval and retraction is a new revision of an event, under the event’s stable <code>id</code>. A request reads them in one of three ways:")
    String exportIntroHtml();

    @Message("Current state")
    String currentState();

    @Message("Without <code>since</code> or <code>cursor</code>: each event once, at its latest revision. Retracted events are left out unless you add <code>status=ALL</code>. The downloads below give this.")
    String currentStateHtml();

    @Message("Changes")
    String changes();

    @Message("With <code>since</code> or <code>cursor</code>: each event that changed after that point once, at its latest revision, including retractions as tombstones with status <code>RETRACTED</code>.")
    String changesHtml();

    @Message("History")
    String history();

    @Message("With <code>history=true</code>: every revision in the order it was published, for audits.")
    String historyHtml();

    @Message("What the export holds")
    String whatTheExportHolds();

    @Message("Published events")
    String publishedEvents();

    @Message("Retracted")
    String retracted();

    @Message("Last change:")
    String lastChange();

    @Message("nothing published yet")
    String nothingPublishedYet();

    @Message("Published events with coordinates, whatever their verdict: the filters below choose what you download, not what the map shows.")
    String exportMapExplained();

    @Message("Choose the events")
    String chooseTheEvents();

    @Message("Verified (the default)")
    String verifiedTheDefault();

    @Message("Province (admin1)")
    String provinceAdmin1();

    @Message("Matched without case")
    String matchedWithoutCase();

    @Message("Event from")
    String eventFrom();

    @Message("Event to")
    String eventTo();

    @Message("YYYY-MM-DD")
    String dateFormat();

    @Message("Event type")
    String eventType();

    @Message("Any")
    String any();

    @Message("Update the links")
    String updateTheLinks();

    @Message("Download")
    String download();

    @Message("These links and commands ask for:")
    String linksAskFor();

    @Message("{verdict} (the default)")
    String theDefault(String verdict);

    @Message("The format is documented by a <a href=\"{schema}\">JSON Schema of the events</a> and by the <a href=\"/q/openapi\">OpenAPI description</a>. Each approved claim also has its ClaimReview at <code>/api/claims/ID/claimreview</code> (<code>410 Gone</code> once the claim is retracted).")
    String formatDocumentedHtml(String schema);

    @Message("From the command line")
    String fromTheCommandLine();

    @Message("One JSON page")
    String oneJsonPage();

    @Message("Up to 1,000 events of the current state, with <code>generatedAt</code>, <code>mode</code>, <code>events</code>, <code>nextCursor</code> and <code>hasMore</code>. Further pages, asked with <code>nextCursor</code>, continue the same state.")
    String oneJsonPageHtml();

    @Message("Every event as NDJSON, one a line")
    String everyEventAsNdjson();

    @Message("Streamed as it is read, with no limit unless you add one.")
    String streamedAsRead();

    @Message("A CSV file")
    String aCsvFile();

    @Message("ACLED’s full column set and Corroborate’s own, one row per event, saved to <code>corroborate-events.csv</code>. <code>fatalities</code> is the conservative figure (the low one, else the best), as ACLED codes it.")
    String csvFileHtml();

    @Message("Only what changed: incremental sync")
    String incrementalSync();

    @Message("Keep a copy in step: download the current state once, then ask for the changes. Each JSON answer ends with <code>nextCursor</code> and <code>hasMore</code>. While <code>hasMore</code> is true, ask again straight away with <code>cursor</code> set to the new <code>nextCursor</code>. Once it is false you are up to date: keep that cursor for next time. Sent back as <code>cursor</code>, it gives each event that changed since, once, at its latest revision. Replace your copy of an event when a higher <code>revision</code> arrives, and delete it when the status is <code>RETRACTED</code>.")
    String incrementalSyncHtml();

    @Message("Ask only if something changed")
    String askOnlyIfChanged();

    @Message("Every answer carries an <code>ETag</code>. Send it back in <code>If-None-Match</code> and the server answers <code>304 Not Modified</code> with no body while the export has not changed.")
    String askOnlyIfChangedHtml();

    @Message("Correct the filters above to get the download links and commands.")
    String correctTheFilters();

    // the gazetteer's page

    @Message("The gazetteer claims’ places are matched against: {provinces} provinces and {districts} districts")
    String gazetteerHolds(String provinces, String districts);

    @Message("(and {count} no longer listed, kept because claims may name them)")
    String noLongerListed(String count);

    @Message("From {edition}")
    String fromEdition(String edition);

    @Message("Look a place up with <code>GET /api/places?q=</code>.")
    String lookUpHtml();

    @Message("Import an OCHA COD-AB table")
    String importCodAb();

    @Message("The ADM2 table of OCHA’s administrative boundaries for Afghanistan, saved as CSV (UTF-8): columns <code>ADM1_EN</code>, <code>ADM1_PCODE</code>, <code>ADM2_EN</code>, <code>ADM2_PCODE</code>; optionally <code>ADM1_DA</code>, <code>ADM2_DA</code>, <code>ADM2ALT1EN</code>, <code>ADM2ALT2EN</code> and a centroid (<code>LAT</code>/<code>LON</code>, <code>latitude</code>/<code>longitude</code> or <code>CENTER_LAT</code>/<code>CENTER_LON</code>). Other columns are ignored. A table with any error changes nothing.")
    String codAbColumnsHtml();

    @Message("COD-AB table (.csv)")
    String codAbFile();

    @Message("Import")
    String importButton();

    @Message("Claims’ places the gazetteer does not resolve")
    String unresolvedPlaces();

    @Message("Province and district as claims without a P-code name them, where no single place of the gazetteer matches (none, or two equally well): the most named first. Claims are matched on every start where one place matches; these need a place chosen on the claim’s form (or an import that adds the spelling).")
    String unresolvedExplained();

    @Message("Province and district as claims without a P-code name them, where no single place of the gazetteer matches (none, or two equally well): the most named first, the first 100. Claims are matched on every start where one place matches; these need a place chosen on the claim’s form (or an import that adds the spelling).")
    String unresolvedExplainedFirst();

    @Message("{count} {#if one}claim{#else}claims{/if}")
    String claimCount(String count, boolean one);

    @Message("naming")
    String naming();

    @Message("Every claim that names a province or district points at a place of the gazetteer.")
    String everyPlaceResolves();

    @Message("The last import")
    String lastImport();

    @Message("By {by}, {at}: {added} added, {renamed} renamed, {moved} moved, {removed} removed, {unchanged} unchanged.")
    String lastImportSummary(String by, String at, String added, String renamed, String moved, String removed,
            String unchanged);

    @Message("Added")
    String added();

    @Message("Renamed")
    String renamed();

    @Message("The former name stays a spelling the place answers to.")
    String formerNameStays();

    @Message("Moved")
    String moved();

    @Message("{km} km")
    String km(String km);

    @Message("Removed")
    String removed();

    @Message("Kept and flagged: claims may name them; look-ups by name no longer find them.")
    String removedExplained();

    @Message("Imported the table: {changes} changes, {unchanged} places unchanged.")
    String importedTable(String changes, String unchanged);

    // the claim form's place choices (tags/placeChoices.html)

    @Message("Which place in the gazetteer?")
    String whichPlace();

    @Message("(for “{query}”)")
    String forQueryHtml(Object query);

    @Message("province")
    String aProvince();

    @Message("district of {province}")
    String districtOf(String province);

    @Message("as “{matched}”")
    String matchedAsHtml(Object matched);

    @Message("None of these: keep the place as typed")
    String noneOfThese();

    @Message("(not in the gazetteer)")
    String notInTheGazetteer();

    @Message("A place chosen here gives the claim its P-code, and the gazetteer’s province and district names and centroid on saving.")
    String placeChoiceHint();

    @Message("No place of the gazetteer matches “{query}”: the place is kept as typed, not in the gazetteer.")
    String noPlaceMatchesHtml(Object query);
}
