package org.corroborate.source;

/** What kind of publication a source is. */
public enum SourceKind {
    NEWS_MEDIA("News media"),
    WIRE_SERVICE("Wire service"),
    OFFICIAL_STATEMENT("Official statement"),
    SOCIAL_MEDIA("Social media post"),
    NGO_REPORT("NGO/UN report"),
    OTHER("Other");

    public final String label;

    SourceKind(String label) {
        this.label = label;
    }
}
