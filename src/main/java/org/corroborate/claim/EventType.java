package org.corroborate.claim;

/** ACLED's six event types. */
public enum EventType {
    BATTLES("Battles"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    PROTESTS("Protests"),
    RIOTS("Riots"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    public final String label;

    EventType(String label) {
        this.label = label;
    }
}
