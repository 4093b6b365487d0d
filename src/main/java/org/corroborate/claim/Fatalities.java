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
}
