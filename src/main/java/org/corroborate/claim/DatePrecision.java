package org.corroborate.claim;

/** How exactly the event date is known (ACLED's time_precision 1, 2, 3; YEAR beyond it). */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR
}
