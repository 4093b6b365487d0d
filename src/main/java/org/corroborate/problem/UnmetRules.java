package org.corroborate.problem;

import java.util.List;

import org.corroborate.i18n.Language;

/** 422: a workflow step whose rules the claim does not meet yet; each entry names one unmet rule. */
public class UnmetRules extends Problem {

    public final List<String> unmetRules;
    /** The message without the rules ("Cannot propose VERIFIED yet"), for pages that list the rules below it. */
    public final String title;
    private final Phrase titlePhrase;
    private final List<Phrase> rulePhrases;

    public UnmetRules(String message, List<String> unmetRules) {
        super(422, message + ": " + String.join("; ", unmetRules));
        this.unmetRules = List.copyOf(unmetRules);
        this.title = message;
        this.titlePhrase = null;
        this.rulePhrases = null;
    }

    /** The rules and their title in any language; the API answers the English. */
    public UnmetRules(Phrase title, List<Phrase> unmetRules) {
        super(422, title.english() + ": " + String.join("; ", unmetRules.stream().map(Phrase::english).toList()),
                t -> title.in(t) + ": " + String.join("; ", unmetRules.stream().map(r -> r.in(t)).toList()), List.of());
        this.unmetRules = unmetRules.stream().map(Phrase::english).toList();
        this.title = title.english();
        this.titlePhrase = title;
        this.rulePhrases = List.copyOf(unmetRules);
    }

    /** The title as a page in {@code language} says it. */
    public String title(Language language) {
        return titlePhrase == null ? title : titlePhrase.in(language);
    }

    /** The unmet rules as a page in {@code language} says them. */
    public List<String> unmetRules(Language language) {
        return rulePhrases == null ? unmetRules : rulePhrases.stream().map(r -> r.in(language)).toList();
    }
}
