package org.corroborate.place;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.corroborate.account.Role;
import org.corroborate.problem.Problem;
import org.corroborate.web.CurrentUser;

/** The gazetteer over JSON: look a place up by name; an admin imports an OCHA COD-AB table. */
@Path("/api/places")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Places")
@Authenticated
public class PlaceApi {

    private final PlaceService places;
    private final CurrentUser user;

    PlaceApi(PlaceService places, CurrentUser user) {
        this.places = places;
        this.user = user;
    }

    /** One place a name may mean; {@code matched} is the spelling of it that matched. */
    public record PlaceMatch(String pcode, String admin1, String admin2, Double latitude, Double longitude, String matched) {

        static PlaceMatch of(PlaceLookup.Match m) {
            PlaceLookup.Known p = m.place();
            return new PlaceMatch(p.pcode(), p.admin1(), p.admin2(), p.latitude(), p.longitude(), m.matched());
        }
    }

    @GET
    @Operation(summary = "Provinces and districts a name may mean, best first, at most 10; [] when none")
    public List<PlaceMatch> lookup(@Parameter(description = "a place name in any common spelling; 'name, province' "
            + "keeps that province's") @QueryParam("q") String q) {
        return places.lookup(q, PlaceService.MAX_RESULTS).stream().map(PlaceMatch::of).toList();
    }

    @POST
    @Path("import")
    @Consumes({ MediaType.TEXT_PLAIN, "text/csv" })
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Replace the gazetteer with an OCHA COD-AB ADM2 table (CSV); answers what changed; a table "
            + "with any error is refused whole, naming the line and column")
    public ImportReport importTable(byte[] table) {
        return places.importTable(text(table), user.username());
    }

    static String text(byte[] body) {
        if (body == null) {
            return "";
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw Problem.invalid("file", "must be UTF-8 text (save the table as CSV UTF-8)");
        }
    }
}
