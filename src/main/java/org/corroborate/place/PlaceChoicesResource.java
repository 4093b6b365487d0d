package org.corroborate.place;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import org.corroborate.account.Role;

/**
 * The claim form's place choices as the user types (htmx swaps them in under the place field): the places the typed
 * names may mean, as radio buttons. Without JavaScript the form's "Find the place" button offers the same list.
 */
@Path("/places/choices")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
public class PlaceChoicesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance choices(PlaceChoices choices);
    }

    private final PlaceService places;

    PlaceChoicesResource(PlaceService places) {
        this.places = places;
    }

    /** {@code q} as typed, or the claim form's own fields (the names htmx sends from it). */
    @GET
    public TemplateInstance choices(@RestQuery String q, @RestQuery("location.place") String place,
            @RestQuery("location.admin2") String admin2, @RestQuery("location.admin1") String admin1,
            @RestQuery("location.pcode") String chosen) {
        String query = q != null ? q : PlaceChoices.query(place, admin2, admin1);
        return Templates.choices(places.choices(query, chosen));
    }
}
