package org.corroborate.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;

import org.corroborate.account.Role;
import org.corroborate.citation.Stance;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.EventType;
import org.corroborate.claim.PlacePrecision;
import org.corroborate.claim.SubEventType;
import org.corroborate.claim.Verdict;
import org.corroborate.i18n.Language;
import org.corroborate.i18n.Msg;
import org.corroborate.i18n.Texts;
import org.corroborate.review.Rating;
import org.corroborate.review.ReviewTag;
import org.corroborate.source.SourceKind;
import org.corroborate.workflow.Decision;

/**
 * The choices forms offer, as {@code {choices:…}} in templates, named in the page's language; values are the enum
 * names the services parse, the same in every language.
 */
@TemplateExtension(namespace = "choices")
public class Choices {

    static List<Option> eventTypes(@TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return of(EventType.values(), locale);
    }

    /** Sub-types grouped under their event type, so one select shows which belongs where. */
    static List<Option> subEventTypes(@TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        Language language = Texts.languageOf(locale);
        return Arrays.stream(SubEventType.values()).map(s -> new Option(s.name(),
                Texts.label(s.eventType, language) + ": " + Texts.label(s, language))).toList();
    }

    static List<Option> datePrecisions(@TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return of(DatePrecision.values(), locale);
    }

    static List<Option> placePrecisions(@TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return of(PlacePrecision.values(), locale);
    }

    static List<Option> statuses(@TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return of(ClaimStatus.values(), locale);
    }

    static List<Option> verdicts(@TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return of(Verdict.values(), locale);
    }

    static List<Option> stances(@TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return of(Stance.values(), locale);
    }

    /** The citation form's party flag: the claimant's unless the reviewer says otherwise. */
    static List<Option> claimantParty(@TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        Msg msg = Texts.msg(Texts.languageOf(locale));
        return List.of(new Option("", msg.partyFromClaimant()), new Option("true", msg.partyToTheConflict()),
                new Option("false", msg.notAParty()));
    }

    static List<Option> sourceKinds(@TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return of(SourceKind.values(), locale);
    }

    static List<Option> reviewTags(@TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return of(ReviewTag.values(), locale);
    }

    static List<Option> ratings(@TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        Language language = Texts.languageOf(locale);
        Msg msg = Texts.msg(language);
        return IntStream.rangeClosed(Rating.MIN, Rating.MAX).mapToObj(r -> new Option(String.valueOf(r),
                Texts.digits(String.valueOf(r), language) + " – " + msg.rating(r))).toList();
    }

    /** Roles by the names security checks ("reviewer"). */
    static List<Option> roles(@TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        Language language = Texts.languageOf(locale);
        return Arrays.stream(Role.values()).map(r -> new Option(r.roleName(), Texts.label(r, language))).toList();
    }

    /** API token scopes by the names the API takes ("read"). */
    static List<Option> tokenScopes(@TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        Msg msg = Texts.msg(Texts.languageOf(locale));
        return List.of(new Option("read", msg.tokenScopeRead()), new Option("write", msg.tokenScopeWrite()));
    }

    static List<Option> decisions(@TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return of(Decision.values(), locale);
    }

    private static List<Option> of(Enum<?>[] values, Object locale) {
        Language language = Texts.languageOf(locale);
        return Arrays.stream(values).map(v -> new Option(v.name(), Texts.label(v, language))).toList();
    }
}
