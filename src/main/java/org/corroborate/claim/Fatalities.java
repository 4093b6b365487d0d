package org.corroborate.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Fatalities as low / best / high estimates (UCDP's convention); each is optional. */
@Embeddable
public class Fatalities {

    @Column(name = "fatalities_low")
    public Integer low;

    @Column(name = "fatalities_best")
    public Integer best;

    @Column(name = "fatalities_high")
    public Integer high;

    /** "12 / 15 / 20", "– / 15 / –", or "unknown": low / best / high as pages write them. */
    public static String range(Integer low, Integer best, Integer high) {
        if (low == null && best == null && high == null) {
            return "unknown";
        }
        return dash(low) + " / " + dash(best) + " / " + dash(high);
    }

    private static String dash(Integer n) {
        return n == null ? "–" : n.toString();
    }
}
