package org.corroborate.review;

/** Reasons a reviewer can attach to a rating. */
public enum ReviewTag {
    GOOD_SOURCES("Good sources"),
    INDEPENDENT_CONFIRMATION("Independent confirmation"),
    PARTISAN_SOURCES_ONLY("Partisan sources only"),
    SINGLE_SOURCE("Single source"),
    FIGURES_CONFLICT("Figures conflict"),
    WRONG_PLACE("Wrong place"),
    WRONG_DATE("Wrong date"),
    UNCLEAR_ATTRIBUTION("Unclear attribution");

    public final String label;

    ReviewTag(String label) {
        this.label = label;
    }
}
