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

    /**
     * The OCHA P-code of the gazetteer's district or province the event is in ({@link ClaimPlaces}); null when the
     * claim names no place the gazetteer resolves.
     */
    @Column(name = "location_pcode", length = 16)
    public String pcode;

    /** Whether the claim names a place (a province, district or place name) that no P-code stands for. */
    public boolean outsideGazetteer() {
        return outsideGazetteer(pcode, admin1, admin2, place);
    }

    static boolean outsideGazetteer(String pcode, String admin1, String admin2, String place) {
        return pcode == null && !(blank(admin1) && blank(admin2) && blank(place));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

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
