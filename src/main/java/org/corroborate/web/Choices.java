package org.corroborate.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import io.quarkus.qute.TemplateExtension;

import org.corroborate.account.Role;
import org.corroborate.citation.Stance;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.EventType;
import org.corroborate.claim.PlacePrecision;
import org.corroborate.claim.SubEventType;
import org.corroborate.claim.Verdict;
import org.corroborate.review.Rating;
import org.corroborate.review.ReviewTag;
import org.corroborate.source.SourceKind;
import org.corroborate.workflow.Decision;

/** The choices forms offer, as {@code {choices:…}} in templates; values are the enum names the services parse. */
@TemplateExtension(namespace = "choices")
public class Choices {

    static List<Option> eventTypes() {
        return Arrays.stream(EventType.values()).map(t -> new Option(t.name(), t.label)).toList();
    }

    /** Sub-types grouped under their event type, so one select shows which belongs where. */
    static List<Option> subEventTypes() {
        return Arrays.stream(SubEventType.values()).map(s -> new Option(s.name(), s.eventType.label + ": " + s.label)).toList();
    }

    static List<Option> datePrecisions() {
        return of(DatePrecision.values());
    }

    static List<Option> placePrecisions() {
        return of(PlacePrecision.values());
    }

    static List<Option> statuses() {
        return of(ClaimStatus.values());
    }

    static List<Option> verdicts() {
        return Arrays.stream(Verdict.values()).map(v -> new Option(v.name(), v.label)).toList();
    }

    static List<Option> stances() {
        return Arrays.stream(Stance.values()).map(s -> new Option(s.name(), s.label)).toList();
    }

    /** The citation form's party flag: the claimant's unless the reviewer says otherwise. */
    static List<Option> claimantParty() {
        return List.of(new Option("", "From the claimant (default)"), new Option("true", "Party to the conflict"),
                new Option("false", "Not a party"));
    }

    static List<Option> sourceKinds() {
        return Arrays.stream(SourceKind.values()).map(k -> new Option(k.name(), k.label)).toList();
    }

    static List<Option> reviewTags() {
        return Arrays.stream(ReviewTag.values()).map(t -> new Option(t.name(), t.label)).toList();
    }

    static List<Option> ratings() {
        return IntStream.rangeClosed(Rating.MIN, Rating.MAX)
                .mapToObj(r -> new Option(String.valueOf(r), r + " – " + Rating.name(r))).toList();
    }

    /** Roles by the names security checks ("reviewer"). */
    static List<Option> roles() {
        return Arrays.stream(Role.values()).map(r -> new Option(r.roleName(), Display.words(r.name()))).toList();
    }

    /** API token scopes by the names the API takes ("read"). */
    static List<Option> tokenScopes() {
        return List.of(new Option("read", "Read: GET only"), new Option("write", "Write: everything your roles allow"));
    }

    static List<Option> decisions() {
        return of(Decision.values());
    }

    private static List<Option> of(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> new Option(v.name(), Display.words(v.name()))).toList();
    }
}
