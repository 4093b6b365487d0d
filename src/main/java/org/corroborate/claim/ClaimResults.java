package org.corroborate.claim;

import java.util.List;

/**
 * One page of the claims a search found (as claims, or as the list's rows), most recently changed first, and how
 * many it found in all.
 */
public record ClaimResults<T>(List<T> items, int page, int size, long total) {
}
