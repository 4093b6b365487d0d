package org.corroborate.problem;

import java.util.List;

/** 422: a workflow step whose rules the claim does not meet yet; each entry names one unmet rule. */
public class UnmetRules extends Problem {

    public final List<String> unmetRules;

    public UnmetRules(String message, List<String> unmetRules) {
        super(422, message + ": " + String.join("; ", unmetRules));
        this.unmetRules = List.copyOf(unmetRules);
    }
}
