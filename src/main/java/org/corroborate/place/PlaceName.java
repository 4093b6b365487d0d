package org.corroborate.place;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One spelling a place is known by, with the folded key look-ups compare ({@link PlaceNames#fold}). */
@Entity
@Table(name = "place_name")
public class PlaceName extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "place_name_seq")
    @SequenceGenerator(name = "place_name_seq", sequenceName = "place_name_seq", allocationSize = 50)
    public Long id;

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
