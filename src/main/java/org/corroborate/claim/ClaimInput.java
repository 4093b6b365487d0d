package org.corroborate.claim;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A claim as a reviewer writes it, from the claim form or {@code POST/PUT /api/claims}. {@code version} is
 * required on update: it is the version the writer saw.
 */
public record ClaimInput(
        @NotBlank @Size(min = 10, max = Claim.STATEMENT_MAX) String statement,
        @NotNull @PastOrPresent(message = "must not be in the future") LocalDate eventDate,
        @NotNull DatePrecision datePrecision,
        @NotNull EventType eventType,
        @NotNull SubEventType subEventType,
        @NotBlank @Size(max = Claim.ACTOR_MAX) String actor1,
        @Size(max = Claim.ACTOR_MAX) String actor2,
        @NotNull @Valid LocationInput location,
        @Valid FatalitiesInput fatalities,
        Long version) {

    /** The claim as it stands, with other fatalities, at the version the writer saw. */
    static ClaimInput of(Claim c, FatalitiesInput fatalities, Long version) {
        Location l = c.location;
        return new ClaimInput(c.statement, c.eventDate, c.datePrecision, c.eventType, c.subEventType, c.actor1,
                c.actor2, new LocationInput(l.country, l.admin1, l.admin2, l.place, l.latitude, l.longitude, l.precision,
                        l.pcode),
                fatalities, version);
    }

    public record LocationInput(
            @NotBlank @Size(max = 100) String country,
            @Size(max = 100) String admin1,
            @Size(max = 100) String admin2,
            @Size(max = 200) String place,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @NotNull PlacePrecision precision,
            @Size(max = 16) String pcode) {

        /** A place named only in words: its P-code, if any, is resolved from the province and district. */
        public LocationInput(String country, String admin1, String admin2, String place, Double latitude,
                Double longitude, PlacePrecision precision) {
            this(country, admin1, admin2, place, latitude, longitude, precision, null);
        }
    }

    public record FatalitiesInput(
            @PositiveOrZero Integer low,
            @PositiveOrZero Integer best,
            @PositiveOrZero Integer high) {
    }
}
