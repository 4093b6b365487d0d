package org.corroborate.claim;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.corroborate.i18n.Languages;
import org.corroborate.citation.Citation;
import org.corroborate.citation.Stance;
import org.corroborate.evidence.Evidence;
import org.corroborate.i18n.Language;
import org.corroborate.sameevent.SameEvents;
import org.corroborate.web.Form;
import org.corroborate.workflow.VerdictRules;
import org.corroborate.workflow.Workflow;

/**
 * The claim page: the claim with its evidence, what the viewer may do, and the state of its forms.
 * {@code form} is the one form being shown again after a refusal; the others start from their defaults.
 * {@code sameEvents}: the claims of the same event; {@code judgeEvents}: whether the viewer may judge pairs.
 */
public record ClaimPageView(ClaimDetails details, Workflow.Actions actions, List<StanceGroup> stances, Form form,
        Map<String, Form> defaults, Evidence evidence, Map<Verdict, VerdictRules.Checklist> checklists,
        SameEvents sameEvents, boolean judgeEvents) {

    /** Citations of one stance, for grouping evidence on the page. */
    public record StanceGroup(Stance stance, List<Citation> citations) {
    }

    /** "4 sources, 2 origins: Taliban (party), … — no independent confirmation", in {@code language}. */
    public String evidenceSummary(Language language) {
        return evidence.summary(details.citations(), language);
    }

    /** "Taliban, Ministry of Defense": the parties that deny the claim, apart from independent refutation. */
    public String deniedBy() {
        return evidence.denials().stream().map(Evidence.Origin::origin).collect(Collectors.joining(", "));
    }

    public Claim claim() {
        return details.claim();
    }

    /** The state of the form called {@code name}: the refused one as typed, or its default. */
    public Form form(String name) {
        return form.is(name) ? form : defaults.getOrDefault(name, Form.named(name));
    }

    /** Why this editor may not approve (four eyes), or null. */
    public String fourEyesRefusal() {
        return actions.fourEyesRefusal().map(refusal -> refusal.in(Languages.ofRequest())).orElse(null);
    }

    /** Whether the refused form is one the viewer no longer sees (say the claim was approved meanwhile). */
    public boolean refusedFormHidden() {
        Workflow.Actions a = actions;
        return switch (form.name()) {
            case "review" -> !a.review();
            case "verdict" -> !a.propose();
            case "decision" -> !a.decide();
            case "retraction" -> !a.retract();
            case "link" -> !judgeEvents;
            default -> true;
        };
    }

    /** Whether the viewer may do anything at all on this claim (to show the actions heading). */
    public boolean anyAction() {
        Workflow.Actions a = actions;
        return a.cite() || a.review() || a.propose() || a.decide() || a.retract();
    }
}
