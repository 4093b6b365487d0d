package org.corroborate.place;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A province (admin level 1) or district (level 2) of Afghanistan under its OCHA P-code: "AF07" Laghman, "AF0701"
 * its district Mehtarlam. A district's P-code starts with its province's.
 */
@Entity
public class Place extends PanacheEntityBase {

    public static final int PROVINCE = PlaceLookup.PROVINCE;
    public static final int DISTRICT = PlaceLookup.DISTRICT;

    @Id
    @Column(length = 16)
    public String pcode;

    @Column(name = "admin_level", nullable = false)
    public int adminLevel;

    @Column(name = "admin1_pcode", nullable = false, length = 16)
    public String admin1Pcode;

    /** The province's English name (for a province, its own). */
    @Column(nullable = false, length = 100)
    public String admin1;

    /** The district's English name; null for a province. */
    @Column(length = 100)
    public String admin2;

    /** The name in Dari, where a source has it. */
    @Column(name = "name_prs", length = 200)
    public String nameDari;

    /** The name in Pashto, where a source has it. */
    @Column(name = "name_pus", length = 200)
    public String namePashto;

    public Double latitude;

    public Double longitude;

    /** No longer in the gazetteer an admin imported last; kept because claims may name it. */
    @Column(nullable = false)
    public boolean removed;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** The place's own English name: the district's, or the province's. */
    public String name() {
        return adminLevel == PROVINCE ? admin1 : admin2;
    }

    public boolean isProvince() {
        return adminLevel == PROVINCE;
    }

    public static Optional<Place> byPcode(String pcode) {
        return pcode == null ? Optional.empty() : findByIdOptional(pcode);
    }

    /** Every place, provinces and districts, removed ones too, by P-code. */
    public static List<Place> everyPlace() {
        return list("order by pcode");
    }
}
