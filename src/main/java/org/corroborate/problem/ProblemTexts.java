package org.corroborate.problem;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.EventType;
import org.corroborate.claim.PlacePrecision;
import org.corroborate.claim.SubEventType;
import org.corroborate.claim.Verdict;

/**
 * What refusals say, as {@link Phrase}s: the English here is what the JSON API answers (its tests assert it, so it
 * stays as it is); Dari and Pashto are in {@code messages/problems_fa-AF.properties} and {@code problems_ps-AF.properties},
 * for pages. A field's message follows the field's label on a page ("Latitude must be a number such as 34.52").
 * Numbers are parameters, written {@code {n.num}} so Dari and Pashto show their digits; the user's own input is a
 * parameter too, shown as typed.
 */
@MessageBundle(value = "problems", locale = "en")
public interface ProblemTexts {

    // any input

    @Message("Invalid input")
    String invalidInput();

    @Message("{field}: {message}")
    String fieldSays(String field, String message);

    @Message("{first} (and {more} more)")
    String andMore(String first, Integer more);

    @Message("is required")
    String required();

    @Message("must be a whole number")
    String wholeNumber();

    @Message("must be a number such as 34.52")
    String numberLike();

    @Message("must be a date such as 2024-05-31")
    String dateLike();

    @Message("must be one of {choices}")
    String oneOf(String choices);

    @Message("must be an ISO-8601 date (YYYY-MM-DD)")
    String isoDate();

    @Message("must be an ISO-8601 timestamp such as 2024-05-01T12:00:00Z, or a date")
    String isoTimestamp();

    @Message("must be between {min} and {max}")
    String between(Integer min, Integer max);

    @Message("must be true or false")
    String trueOrFalse();

    @Message("must not contain NUL characters")
    String noNul();

    @Message("must be at most {max} characters")
    String atMostCharacters(Integer max);

    // Bean Validation's rules, in its own English

    @Message("size must be between {min} and {max}")
    String lengthBetween(Integer min, Integer max);

    @Message("size must be between {min} and {max}")
    String countBetween(Integer min, Integer max);

    @Message("must be greater than or equal to {value}")
    String atLeast(String value);

    @Message("must be less than or equal to {value}")
    String atMost(String value);

    @Message("must not be in the future")
    String notInFuture();

    @Message("must be a date in the past or in the present")
    String pastOrPresent();

    @Message("must be a language tag such as en or ps-AF")
    String languageTag();

    @Message("may contain only lower-case letters, digits, '.', '_' and '-'")
    String usernameCharacters();

    // refusals of any request

    @Message("Your account's roles do not allow this request.")
    String rolesForbid();

    @Message("Someone else changed this record at the same moment. Reload it and try again.")
    String changedMeanwhile();

    @Message("This record exists already ({constraint}).")
    String existsAlready(String constraint);

    @Message("A record this one refers to was changed or removed at the same moment. Reload it and try again. Nothing was written.")
    String referenceChanged();

    @Message("Text must not contain NUL characters. Nothing was written.")
    String nulNotWritten();

    @Message("The request could not be stored. Nothing was written.")
    String notStored();

    @Message("Something went wrong on our side.")
    String ourSide();

    @Message("The database could not be reached. Whether this request was stored is unknown: retry it after {seconds} seconds (a POST with the same {header} is answered once), or read the record first.")
    String databaseUnreachable(Integer seconds, String header);

    @Message("Not found")
    String notFound();

    @Message("Method not allowed")
    String methodNotAllowed();

    @Message("Cannot answer in the requested media type")
    String notAcceptable();

    @Message("The request body is too large")
    String bodyTooLarge();

    @Message("Unsupported media type")
    String unsupportedMediaType();

    // claims

    @Message("{sub} is not a sub-type of {type}")
    String notASubTypeOf(SubEventType sub, EventType type);

    @Message("must not be greater than best")
    String notAboveBest();

    @Message("must not be less than best")
    String notBelowBest();

    @Message("must not be less than low")
    String notBelowLow();

    @Message("latitude and longitude go together")
    String latitudeWithLongitude();

    @Message("is required when the place precision is {precision}")
    String requiredWhenPrecision(PlacePrecision precision);

    @Message("is not a P-code of the gazetteer: {pcode} (look the place up with GET /api/places?q=)")
    String unknownPcode(String pcode);

    @Message("is required: send the version you edited")
    String versionEdited();

    @Message("Claim {id} was changed by someone else (you edited version {edited}, it is now at version {now}). Reload it and apply your change again.")
    String claimChanged(Long id, Long edited, Long now);

    @Message("No supporting citation of claim {id} states a figure, so there is nothing to suggest.")
    String noFigureToSuggest(Long id);

    @Message("must not be after 'to'")
    String notAfterTo();

    // citations and sources

    @Message("no such source")
    String noSuchSource();

    @Message("No source with id {id}")
    String noSourceWithId(Long id);

    @Message("Claim {claim} has no citation with id {citation}")
    String noCitationOfClaim(Long claim, Long citation);

    @Message("must be an absolute http or https url")
    String absoluteUrl();

    @Message("A source with this url exists already (id {id})")
    String sourceWithUrlExists(Long id);

    @Message("A source with this text exists already (id {id})")
    String sourceWithTextExists(Long id);

    @Message("already imported as source {id}")
    String importedAlready(Long id);

    @Message("choose one or more .txt, .html or .htm files, or a .zip of them")
    String chooseFiles();

    @Message("hold no file to import")
    String noFileToImport();

    @Message("Import job {id} is another user's: only its owner or an editor may read it.")
    String anotherUsersImport(Long id);

    @Message("is empty: send the COD-AB ADM2 table as CSV with its header row")
    String emptyTable();

    @Message("line 1: the header has no column {column}")
    String noColumn(String column);

    @Message("has a header but no rows")
    String noRows();

    @Message("has {rows} rows; at most {max}")
    String tooManyRows(Integer rows, Integer max);

    // the workflow

    @Message("is required: the id of the other claim")
    String otherClaimRequired();

    @Message("must be another claim than {id}: a claim is always its own event")
    String anotherClaim(Long id);

    @Message("is required: SAME_EVENT or DIFFERENT_EVENT")
    String judgementRequired();

    @Message("Claim {id} is {status}: a published claim is frozen. Retract it or write a new claim.")
    String claimFrozen(Long id, ClaimStatus status);

    @Message("Claim {id} is {status}: reviews can change only until a claim is approved.")
    String reviewsClosed(Long id, ClaimStatus status);

    @Message("Claim {id} is {status}, not {required}: cannot propose a verdict.")
    String cannotPropose(Long id, ClaimStatus status, ClaimStatus required);

    @Message("Claim {id} is {status}, not {required}: cannot approve it.")
    String cannotApprove(Long id, ClaimStatus status, ClaimStatus required);

    @Message("Claim {id} is {status}, not {required}: cannot reject it.")
    String cannotReject(Long id, ClaimStatus status, ClaimStatus required);

    @Message("Claim {id} is {status}, not {required}: cannot retract it.")
    String cannotRetract(Long id, ClaimStatus status, ClaimStatus required);

    @Message("is required: one of VERIFIED, DISPUTED, FALSE, UNVERIFIABLE")
    String verdictRequired();

    @Message("is required: APPROVE or REJECT")
    String decisionRequired();

    @Message("is required: say why")
    String noteRequired();

    @Message("Cannot propose {verdict} yet")
    String cannotProposeYet(Verdict verdict);

    @Message("You have no review of claim {id} to withdraw")
    String noReviewToWithdraw(Long id);

    @Message("Four-eyes rule")
    String fourEyesRule();

    @Message("The proposed verdict {verdict} no longer meets its rules")
    String verdictNoLongerMet(Verdict verdict);

    @Message("an editor cannot approve a verdict they proposed")
    String ownProposal();

    @Message("an editor cannot approve a claim they are the only reviewer of")
    String onlyReviewer();

    // the verdicts' rules: "{min} review{#if min == 1}{#else}s{/if}" is English's plural

    @Message("needs at least {min} review{#if min == 1}{#else}s{/if} (has {has})")
    String needsReviews(Integer min, Long has);

    @Message("VERIFIED needs supporting citations from at least {min} independent origin{#if min == 1}{#else}s{/if} (has {has})")
    String verifiedNeedsOrigins(Integer min, Long has);

    @Message("VERIFIED needs at least {min} supporting origin{#if min == 1}{#else}s{/if} that is not a party to the conflict (has {has})")
    String verifiedNeedsNonParty(Integer min, Long has);

    @Message("VERIFIED needs at least {min} review{#if min == 1}{#else}s{/if} rated Mostly true or True (has {has})")
    String verifiedNeedsReviewsLeaningTrue(Integer min, Long has);

    @Message("FALSE needs refuting citations from at least {min} origin{#if min == 1}{#else}s{/if} (has {has})")
    String falseNeedsOrigins(Integer min, Long has);

    @Message("FALSE needs refutation from at least {min} origin{#if min == 1}{#else}s{/if} that is not a party to the conflict (has {has}{#if denied}: a party's denial is not independent refutation{/if})")
    String falseNeedsNonParty(Integer min, Long has, Boolean denied);

    @Message("FALSE needs at least {min} review{#if min == 1}{#else}s{/if} rated False or Mostly false (has {has})")
    String falseNeedsReviewsLeaningFalse(Integer min, Long has);

    @Message("DISPUTED needs at least one supporting or refuting citation{#if none} (has none){/if}")
    String disputedNeedsASide(Boolean none);

    // accounts

    @Message("The username {username} is taken")
    String usernameTaken(String username);

    @Message("is taken")
    String taken();

    @Message("Set-up is done: an account exists already.")
    String setUpDone();

    @Message("No such account")
    String noSuchAccount();

    @Message("is not your current password")
    String notYourPassword();

    @Message("You cannot disable your own account.")
    String cannotDisableYourself();

    @Message("This is the last enabled admin: make another admin first.")
    String lastEnabledAdmin();

    @Message("This is the last admin: make another admin first.")
    String lastAdmin();

    @Message("must name at least one role")
    String atLeastOneRole();

    @Message("unknown role '{name}': use reviewer, editor or admin")
    String unknownRole(String name);

    @Message("must be at least {min} characters")
    String atLeastCharacters(Integer min);

    @Message("must use at least {min} different characters")
    String differentCharacters(Integer min);

    @Message("must not contain the username")
    String notTheUsername();

    @Message("must not be a run of keys, letters or digits")
    String notARun();

    @Message("must not be a common password (a common word with digits or symbols added)")
    String notCommon();

    @Message("must be read or write")
    String readOrWrite();

    @Message("must be an ISO-8601 date or date-time (2027-01-31 or 2027-01-31T18:00:00Z)")
    String dateOrDateTime();

    @Message("must be in the future")
    String inTheFuture();

    // claimants and places

    @Message("is required: the id of the claimant that stays")
    String survivorRequired();

    @Message("A claimant cannot be merged into itself")
    String mergedIntoItself();

    @Message("must be another claimant than {id}")
    String anotherClaimant(Long id);

    @Message("No claimant with id {id}")
    String noClaimantWithId(Long id);

    @Message("no such claimant")
    String noSuchClaimant();

    @Message("must contain a letter or a digit")
    String letterOrDigit();

    @Message("must be at most {max}")
    String atMostItems(Integer max);

    @Message("'{name}' names claimant {id} ({claimant}) already")
    String namesClaimantAlready(String name, Long id, String claimant);

    @Message("names claimant {id} already")
    String namesClaimant(Long id);

    @Message("is required: the place name to look up")
    String placeNameRequired();

    @Message("is longer than {max} characters")
    String longerThan(Integer max);
}
