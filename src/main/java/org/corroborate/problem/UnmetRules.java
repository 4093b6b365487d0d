package org.corroborate.problem;

import java.util.List;

/** 422: a workflow step whose rules the claim does not meet yet; each entry names one unmet rule. */
public class UnmetRules extends Problem {

    public final List<String> unmetRules;
    /** The message without the rules ("Cannot propose VERIFIED yet"), for pages that list the rules below it. */
    public final String title;

    public UnmetRules(String message, List<String> unmetRules) {
        super(422, message + ": " + String.join("; ", unmetRules));
        this.unmetRules = List.copyOf(unmetRules);
        this.title = message;
    }
}
