package org.corroborate.workflow;

import org.corroborate.problem.Problem;

/** 410: the claim was published and then retracted; the answer says when, by whom and why. */
public class Retracted extends Problem {

    public final Retraction retraction;

    public Retracted(long claimId, Retraction retraction) {
        super(410, "Claim " + claimId + " was retracted at " + retraction.at() + " by " + retraction.by() + ": "
                + retraction.note());
        this.retraction = retraction;
    }
}
