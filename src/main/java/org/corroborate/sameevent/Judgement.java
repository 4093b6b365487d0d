package org.corroborate.sameevent;

/** A reviewer's judgement of two claims: they describe the same event, or different events. */
public enum Judgement {
    SAME_EVENT("same event"), DIFFERENT_EVENT("different events");

    /** As a history note says it: "judged the same event", "judged different events". */
    public final String words;

    Judgement(String words) {
        this.words = words;
    }
}
