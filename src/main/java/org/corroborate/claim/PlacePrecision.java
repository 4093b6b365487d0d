package org.corroborate.claim;

/** How exactly the event's place is known, from coordinates down to the country only. */
public enum PlacePrecision {
    EXACT, PLACE, ADMIN2, ADMIN1, COUNTRY
}
