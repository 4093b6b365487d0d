package org.corroborate.place;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** One spelling a place is known by, with the folded key look-ups compare ({@link PlaceNames#fold}). */
@Entity
public class PlaceName extends PanacheEntity {

    /** Where a spelling comes from. */
    public enum Origin {
        /** The English name of the gazetteer's edition. */
        NAME,
        /** The Dari or Pashto name. */
        NATIVE,
        /** A transliteration another source or the project's list has. */
        VARIANT,
        /** A name the place had before an import renamed it. */
        FORMER
    }

    @Column(nullable = false, length = 16)
    public String pcode;

    @Column(nullable = false, length = 200)
    public String spelling;

    @Column(name = "name_key", nullable = false, length = 200)
    public String nameKey;

    @Column(nullable = false, length = 24)
    public String origin;

    public static PlaceName of(String pcode, String spelling, Origin origin) {
        PlaceName name = new PlaceName();
        name.pcode = pcode;
        name.spelling = spelling.strip();
        name.nameKey = PlaceNames.fold(spelling);
        name.origin = origin.name();
        return name;
    }

    public static List<PlaceName> everyName() {
        return list("order by pcode, id");
    }

    public static List<PlaceName> of(String pcode) {
        return list("pcode", pcode);
    }
}
