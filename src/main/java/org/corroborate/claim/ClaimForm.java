package org.corroborate.claim;

import org.jboss.resteasy.reactive.RestForm;

import org.corroborate.input.FieldParser;
import org.corroborate.web.Form;

/** The new/edit claim form as posted; input names are the service's field names, so errors find their inputs. */
public class ClaimForm {

    @RestForm public String statement;
    @RestForm public String eventDate;
    @RestForm public String datePrecision;
    @RestForm public String eventType;
    @RestForm public String subEventType;
    @RestForm public String actor1;
    @RestForm public String actor2;
    @RestForm("location.country") public String country;
    @RestForm("location.admin1") public String admin1;
    @RestForm("location.admin2") public String admin2;
    @RestForm("location.place") public String place;
    @RestForm("location.latitude") public String latitude;
    @RestForm("location.longitude") public String longitude;
    @RestForm("location.precision") public String placePrecision;
    /** The place chosen from the gazetteer's offers; empty for "none of these". */
    @RestForm("location.pcode") public String pcode;
    /** Set by the "Find the place" button: offer the places the typed names may mean, save nothing. */
    @RestForm public String find;
    @RestForm("fatalities.low") public String low;
    @RestForm("fatalities.best") public String best;
    @RestForm("fatalities.high") public String high;
    @RestForm public String version;
    /** Set when the form writes a source's claim candidate: its citations are attached with the claim. */
    @RestForm public String fromSource;
    @RestForm public String candidate;

    /** The input for the service; refused with 400 when a field is not readable as its type. */
    ClaimInput toInput() {
        FieldParser parse = new FieldParser();
        ClaimInput input = new ClaimInput(statement, parse.date("eventDate", eventDate),
                parse.choice("datePrecision", datePrecision, DatePrecision.class),
                parse.choice("eventType", eventType, EventType.class),
                parse.choice("subEventType", subEventType, SubEventType.class), actor1, actor2,
                new ClaimInput.LocationInput(country, admin1, admin2, place,
                        parse.decimal("location.latitude", latitude), parse.decimal("location.longitude", longitude),
                        parse.choice("location.precision", placePrecision, PlacePrecision.class), pcode),
                new ClaimInput.FatalitiesInput(parse.integer("fatalities.low", low),
                        parse.integer("fatalities.best", best), parse.integer("fatalities.high", high)),
                parse.whole("version", version));
        parse.check();
        return input;
    }

    /** What the user typed, to show the form again. */
    Form typed() {
        return Form.named("claim").put("statement", statement).put("eventDate", eventDate)
                .put("datePrecision", datePrecision).put("eventType", eventType).put("subEventType", subEventType)
                .put("actor1", actor1).put("actor2", actor2).put("location.country", country)
                .put("location.admin1", admin1).put("location.admin2", admin2).put("location.place", place)
                .put("location.latitude", latitude).put("location.longitude", longitude)
                .put("location.precision", placePrecision).put("location.pcode", pcode).put("fatalities.low", low).put("fatalities.best", best)
                .put("fatalities.high", high).put("version", version).put("fromSource", fromSource)
                .put("candidate", candidate);
    }

    /** The source and candidate the form writes, when it writes one: {source id, candidate index}; else null. */
    long[] fromCandidate() {
        if (fromSource == null || fromSource.isBlank()) {
            return null;
        }
        FieldParser parse = new FieldParser();
        Long source = parse.whole("fromSource", fromSource);
        Long index = parse.whole("candidate", candidate);
        parse.check();
        return new long[] { source, index };
    }

    /** The stored claim as the edit form shows it. */
    static Form of(Claim c) {
        Fatalities f = c.fatalities == null ? new Fatalities() : c.fatalities;
        return of(ClaimInput.of(c, new ClaimInput.FatalitiesInput(f.low, f.best, f.high), c.version));
    }

    /** A claim input (a stored claim's, or one the app proposes) as the form shows it. */
    public static Form of(ClaimInput c) {
        ClaimInput.LocationInput l = c.location() == null
                ? new ClaimInput.LocationInput(null, null, null, null, null, null, null) : c.location();
        ClaimInput.FatalitiesInput f = c.fatalities() == null ? new ClaimInput.FatalitiesInput(null, null, null)
                : c.fatalities();
        return Form.named("claim").put("statement", c.statement()).put("eventDate", c.eventDate())
                .put("datePrecision", c.datePrecision()).put("eventType", c.eventType())
                .put("subEventType", c.subEventType()).put("actor1", c.actor1()).put("actor2", c.actor2())
                .put("location.country", l.country()).put("location.admin1", l.admin1())
                .put("location.admin2", l.admin2()).put("location.place", l.place())
                .put("location.latitude", l.latitude()).put("location.longitude", l.longitude())
                .put("location.precision", l.precision()).put("location.pcode", l.pcode())
                .put("fatalities.low", f.low()).put("fatalities.best", f.best()).put("fatalities.high", f.high())
                .put("version", c.version());
    }

    /** Whether the user asked for the places the typed names may mean rather than to save. */
    boolean findsPlace() {
        return find != null;
    }

    /** What "Find the place" looks up: the place name, else the district, with the province. */
    String placeQuery() {
        return org.corroborate.place.PlaceChoices.query(place, admin2, admin1);
    }

    /** A new claim's form: the most common precisions chosen already. */
    static Form blank() {
        return Form.named("claim").put("datePrecision", DatePrecision.DAY).put("location.precision", PlacePrecision.PLACE);
    }
}
