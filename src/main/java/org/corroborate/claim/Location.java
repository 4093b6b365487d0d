package org.corroborate.claim;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Where an event happened, from country down to coordinates. */
@Embeddable
public class Location {

    @Column(length = 100)
    public String country;

    @Column(length = 100)
    public String admin1;

    @Column(length = 100)
    public String admin2;

    @Column(length = 200)
    public String place;

    public Double latitude;

    public Double longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_precision", length = 16)
    public PlacePrecision precision;

    /** "Taywara, Ghor, Afghanistan": the place from most to least precise, each name once. */
    public static String where(String place, String admin2, String admin1, String country) {
        // a plain loop: the claim list makes fifty of these a page
        List<String> names = new ArrayList<>(4);
        for (String name : new String[] { place, admin2, admin1, country }) {
            if (name != null && !name.isBlank() && !names.contains(name)) {
                names.add(name);
            }
        }
        return String.join(", ", names);
    }
}
