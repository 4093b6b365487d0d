package org.corroborate.problem;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import org.corroborate.claim.EventType;
import org.corroborate.claim.PlacePrecision;
import org.corroborate.claim.SubEventType;

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
}
