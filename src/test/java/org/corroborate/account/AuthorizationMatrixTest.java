package org.corroborate.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.Routes.Route;
import org.corroborate.Routes;
import org.corroborate.TestUsers;
import org.corroborate.web.Browser;

/**
 * Who may use which route: every route of the application (enumerated by {@link Routes}, not listed by hand)
 * against every kind of caller, each cell checked over HTTP. "ok" means the server lets the caller through (the
 * answer may still refuse the input: a 400 for the empty form or body sent here is "ok"); "no" means it refuses
 * the caller: 401 on the API, a 302 to the login page for pages, 403 for a signed-in user whose roles do not
 * allow it. No cell may answer 5xx.
 *
 * A route with no row fails the test, naming the route: add its row to {@link #MATRIX} saying who may use it.
 *
 * API tokens of each scope, held by each role, are checked against every route too, their cells following from the
 * row by one rule ({@link #tokenMayUse}): a token acts as its owner would with a password on {@code /api}, except
 * that a read token may only GET and no token may create tokens; on pages a token counts for nothing (anonymous).
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final String MATRIX = """
            # method path                                      anonymous reviewer editor admin
            GET     /                                          no        ok       ok     ok
            GET     /login                                     ok        ok       ok     ok
            POST    /j_security_check                          ok        ok       ok     ok
            POST    /logout                                    no        ok       ok     ok
            GET     /setup                                     ok        ok       ok     ok
            POST    /setup                                     ok        ok       ok     ok
            GET     /static/app.css                            ok        ok       ok     ok
            GET     /static/app.js                             ok        ok       ok     ok
            GET     /static/favicon.svg                        ok        ok       ok     ok
            GET     /static/fonts/Vazirmatn-NL-Variable.woff2  ok        ok       ok     ok
            GET     /static/fonts/Vazirmatn-OFL.txt            ok        ok       ok     ok
            GET     /favicon.ico                               ok        ok       ok     ok
            GET     /q/openapi                                 ok        ok       ok     ok
            GET     /language/{tag}                            ok        ok       ok     ok

            GET     /claims                                    no        ok       ok     ok
            POST    /claims                                    no        ok       ok     no
            GET     /claims/new                                no        ok       ok     no
            GET     /claims/{id}                               no        ok       ok     ok
            POST    /claims/{id}                               no        ok       ok     no
            GET     /claims/{id}/edit                          no        ok       ok     no
            GET     /claims/{id}/citations/new                 no        ok       ok     no
            POST    /claims/{id}/citations                     no        ok       ok     no
            POST    /claims/{id}/citations/{citationId}        no        ok       ok     no
            GET     /claims/{id}/citations/{citationId}/edit   no        ok       ok     no
            GET     /claims/{id}/citations/{citationId}/remove no        ok       ok     no
            POST    /claims/{id}/citations/{citationId}/remove no        ok       ok     no
            POST    /claims/{id}/review                        no        ok       ok     no
            POST    /claims/{id}/review/withdraw               no        ok       ok     no
            POST    /claims/{id}/verdict                       no        ok       ok     no
            POST    /claims/{id}/decision                      no        no       ok     no
            POST    /claims/{id}/retraction                    no        no       ok     no
            POST    /claims/{id}/fatalities                    no        ok       ok     no
            POST    /claims/{id}/links                         no        ok       ok     no
            GET     /public/claims/{id}                        ok        ok       ok     ok

            GET     /sources                                   no        ok       ok     ok
            POST    /sources                                   no        ok       ok     no
            GET     /sources/new                               no        ok       ok     no
            GET     /sources/import                            no        ok       ok     no
            POST    /sources/import                            no        ok       ok     no
            GET     /sources/{id}                              no        ok       ok     ok
            POST    /sources/{id}                              no        ok       ok     no
            GET     /sources/{id}/edit                         no        ok       ok     no
            POST    /sources/{id}/candidates/{index}/citations no        ok       ok     no

            # a bulk import's page and JSON: the sample job is another reviewer's, so only an editor reads it here
            # (its owner does too: imports.ImportApiTest)
            POST    /imports                                   no        ok       ok     no
            GET     /imports/{id}                              no        no       ok     no

            GET     /claimants                                 no        ok       ok     ok
            POST    /claimants                                 no        ok       ok     no
            GET     /claimants/{id}                            no        ok       ok     ok
            POST    /claimants/{id}                            no        ok       ok     no
            POST    /claimants/{id}/aliases                    no        ok       ok     no
            POST    /claimants/{id}/merge                      no        ok       ok     no

            GET     /queue/reviews                             no        ok       ok     no
            GET     /queue/decisions                           no        no       ok     no
            GET     /export                                    no        ok       ok     ok

            GET     /admin/users                               no        no       no     ok
            POST    /admin/users                               no        no       no     ok
            POST    /admin/users/{id}/roles                    no        no       no     ok
            POST    /admin/users/{id}/password                 no        no       no     ok
            GET     /admin/audit                               no        no       no     ok
            GET     /admin/places                              no        no       no     ok
            POST    /admin/places                              no        no       no     ok
            GET     /places/choices                            no        ok       ok     no
            POST    /admin/users/{id}/enabled                  no        no       no     ok

            GET     /account                                   no        ok       ok     ok
            POST    /account/tokens                            no        ok       ok     ok
            POST    /account/tokens/{id}/revoke                no        ok       ok     ok
            POST    /account/password                          no        ok       ok     ok

            GET     /api/claims                                no        ok       ok     ok
            POST    /api/claims                                no        ok       ok     no
            GET     /api/claims/{id}                           no        ok       ok     ok
            PUT     /api/claims/{id}                           no        ok       ok     no
            POST    /api/claims/{claimId}/citations            no        ok       ok     no
            PUT     /api/claims/{claimId}/citations/{citationId} no     ok       ok     no
            DELETE  /api/claims/{claimId}/citations/{citationId} no     ok       ok     no
            PUT     /api/claims/{claimId}/reviews/mine         no        ok       ok     no
            DELETE  /api/claims/{claimId}/reviews/mine         no        ok       ok     no
            POST    /api/claims/{claimId}/verdict              no        ok       ok     no
            POST    /api/claims/{claimId}/decision             no        no       ok     no
            POST    /api/claims/{claimId}/retraction           no        no       ok     no
            GET     /api/claims/{claimId}/claimreview          ok        ok       ok     ok
            GET     /api/claims/{claimId}/links                no        ok       ok     ok
            POST    /api/claims/{claimId}/links                no        ok       ok     no
            GET     /api/sources                               no        ok       ok     ok
            POST    /api/sources                               no        ok       ok     no
            POST    /api/sources/import                        no        ok       ok     no
            GET     /api/sources/{id}                          no        ok       ok     ok
            PUT     /api/sources/{id}                          no        ok       ok     no
            GET     /api/sources/{id}/candidates               no        ok       ok     ok
            POST    /api/sources/{id}/candidates/{index}/claim no        ok       ok     no
            POST    /api/sources/{id}/candidates/{index}/citations no    ok       ok     no
            POST    /api/imports                               no        ok       ok     no
            GET     /api/imports/{id}                          no        no       ok     no
            GET     /api/claimants                             no        ok       ok     ok
            POST    /api/claimants                             no        ok       ok     no
            GET     /api/claimants/{id}                        no        ok       ok     ok
            PUT     /api/claimants/{id}                        no        ok       ok     no
            POST    /api/claimants/{id}/aliases                no        ok       ok     no
            POST    /api/claimants/{id}/merge                  no        ok       ok     no
            GET     /api/places                                no        ok       ok     ok
            POST    /api/places/import                         no        no       no     ok
            GET     /api/events                                ok        ok       ok     ok
            GET     /api/events/schema.json                    ok        ok       ok     ok
            GET     /api/users                                 no        no       no     ok
            POST    /api/users                                 no        no       no     ok
            PUT     /api/users/{id}/password                   no        no       no     ok
            GET     /api/audit                                 no        no       no     ok
            PUT     /api/users/{id}                            no        no       no     ok
            PUT     /api/users/me/password                     no        ok       ok     ok
            GET     /api/tokens                                no        ok       ok     ok
            POST    /api/tokens                                no        ok       ok     ok
            DELETE  /api/tokens/{id}                           no        ok       ok     ok
            """;

    /** The callers, in the matrix's column order. */
    enum Caller {
        ANONYMOUS, REVIEWER, EDITOR, ADMIN
    }

    @Inject
    TestUsers users;

    /** The expected answer per caller, by route key ("POST /claims"). */
    static Map<String, List<Boolean>> rows() {
        Map<String, List<Boolean>> rows = new LinkedHashMap<>();
        for (String line : MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String[] cells = line.split("\\s+");
            if (cells.length != 2 + Caller.values().length) {
                throw new IllegalArgumentException("A matrix row needs a method, a path and " + Caller.values().length
                        + " cells of ok/no: " + line);
            }
            List<Boolean> allowed = new ArrayList<>();
            for (int i = 2; i < cells.length; i++) {
                if (!cells[i].equals("ok") && !cells[i].equals("no")) {
                    throw new IllegalArgumentException("A cell is ok or no, not '" + cells[i] + "': " + line);
                }
                allowed.add(cells[i].equals("ok"));
            }
            if (rows.put(cells[0] + " " + cells[1], allowed) != null) {
                throw new IllegalArgumentException("Two rows for " + cells[0] + " " + cells[1]);
            }
        }
        return rows;
    }

    @Test
    void everyRouteHasARowAndEveryRowARoute() {
        Map<String, List<Boolean>> rows = rows();
        List<Route> routes = Routes.all();
        Set<String> missing = new TreeSet<>();
        for (Route route : routes) {
            if (!rows.containsKey(route.key())) {
                missing.add(route.key() + "   (" + route.where() + ")");
            }
        }
        Set<String> unknown = new TreeSet<>(rows.keySet());
        unknown.removeAll(routes.stream().map(Route::key).collect(Collectors.toSet()));
        assertThat(missing).as("routes without a row in AuthorizationMatrixTest.MATRIX: add a row saying who may use each")
                .isEmpty();
        assertThat(unknown).as("rows in AuthorizationMatrixTest.MATRIX for routes the application does not have").isEmpty();
    }

    @Test
    void everyCallerIsLetThroughOrRefusedAsTheMatrixSays() {
        Map<String, List<Boolean>> rows = rows();
        Samples samples = new Samples();
        Map<Caller, String> names = Map.of(Caller.REVIEWER, users.fresh("matrix-reviewer", Role.REVIEWER),
                Caller.EDITOR, users.fresh("matrix-editor", Role.EDITOR), Caller.ADMIN, users.fresh("matrix-admin", Role.ADMIN));
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Route route : Routes.all()) {
            List<Boolean> expected = rows.get(route.key());
            if (expected == null) {
                continue; // reported by everyRouteHasARowAndEveryRowARoute
            }
            for (Caller caller : Caller.values()) {
                Response answer = call(route, samples.concrete(route), caller == Caller.ANONYMOUS ? null : names.get(caller));
                cells++;
                int status = answer.statusCode();
                // the sign-in challenge is a 302 to the login page; the app's own redirects after a post are 303s
                boolean refused = status == 401 || status == 403
                        || (status == 302 && "/login".equals(Browser.location(answer)));
                if (status >= 500 || refused == expected.get(caller.ordinal())) {
                    wrong.add(String.format("%-45s %-9s expected %s, got %d%s", route.key(), caller,
                            expected.get(caller.ordinal()) ? "ok" : "no", status,
                            status == 302 || status == 303 ? " to " + answer.header("Location") : ""));
                }
            }
        }
        assertThat(wrong).as("cells answered otherwise than the matrix says").isEmpty();
        assertThat(cells).isEqualTo(rows.size() * Caller.values().length);
    }

    /**
     * Whether a token of {@code scope} whose owner is {@code owner} may use the route, from the route's row: pages
     * ignore tokens; the public API is public; otherwise the owner's cell, if the scope allows the method, except
     * that a token cannot create tokens (it would outlive its own expiry and revocation).
     */
    static boolean tokenMayUse(Route route, List<Boolean> row, Caller owner, TokenScope scope) {
        boolean anonymous = row.get(Caller.ANONYMOUS.ordinal());
        if (!route.isApi() || anonymous) {
            return anonymous;
        }
        if (route.key().equals("POST /api/tokens")) {
            return false;
        }
        return scope.allows(route.method()) && row.get(owner.ordinal());
    }

    @Test
    void everyTokenIsLetThroughOrRefusedAsItsOwnersRowAndItsScopeSay() {
        Map<String, List<Boolean>> rows = rows();
        Samples samples = new Samples();
        Map<Caller, String> owners = Map.of(Caller.REVIEWER, users.fresh("matrix-token-reviewer", Role.REVIEWER),
                Caller.EDITOR, users.fresh("matrix-token-editor", Role.EDITOR),
                Caller.ADMIN, users.fresh("matrix-token-admin", Role.ADMIN));
        Map<String, String> tokens = new LinkedHashMap<>();
        for (Caller owner : List.of(Caller.REVIEWER, Caller.EDITOR, Caller.ADMIN)) {
            for (TokenScope scope : TokenScope.values()) {
                tokens.put(owner + " " + scope, Api.token(owners.get(owner), scope.scopeName()));
            }
        }
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Route route : Routes.all()) {
            List<Boolean> row = rows.get(route.key());
            if (row == null) {
                continue;
            }
            for (Caller owner : List.of(Caller.REVIEWER, Caller.EDITOR, Caller.ADMIN)) {
                for (TokenScope scope : TokenScope.values()) {
                    Response answer = withToken(route, samples.concrete(route), tokens.get(owner + " " + scope));
                    cells++;
                    int status = answer.statusCode();
                    boolean refused = status == 401 || status == 403
                            || (status == 302 && "/login".equals(Browser.location(answer)));
                    boolean expected = tokenMayUse(route, row, owner, scope);
                    if (status >= 500 || refused == expected) {
                        wrong.add(String.format("%-45s %-8s %-5s token expected %s, got %d", route.key(), owner, scope,
                                expected ? "ok" : "no", status));
                    }
                }
            }
        }
        assertThat(wrong).as("cells answered otherwise than the owner's row and the token's scope say").isEmpty();
        assertThat(cells).isEqualTo(rows.size() * 6);
    }

    /** One request with {@code Authorization: Bearer}, no cookies: what a script sends, to any route. */
    private static Response withToken(Route route, String path, String token) {
        RequestSpecification request = given().redirects().follow(false).header("Authorization", "Bearer " + token);
        if (route.isApi()) {
            request = request.contentType(ContentType.JSON).accept(ContentType.JSON);
            if (route.consumes().startsWith("text/plain")) {
                request = request.contentType(ContentType.TEXT).body("");
            } else if (route.consumes().startsWith("multipart/")) {
                request = apiFiles(request);
            } else if (!route.method().equals("GET")) {
                request = request.body("{}");
            }
        } else if (!route.method().equals("GET")) {
            request = route.consumes().startsWith("multipart/") ? request.multiPart("csrf-token", "none")
                    : request.contentType(ContentType.URLENC).formParam("csrf-token", "none");
        }
        return request.request(route.method(), path);
    }

    /** A multipart API body (the bulk import's): one small article as a part named "files". */
    private static RequestSpecification apiFiles(RequestSpecification request) {
        return request.contentType("multipart/form-data").multiPart("files", "matrix.txt",
                ("A matrix article, number " + System.nanoTime() + ".").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** One request as {@code username} (null: anonymous): pages through a signed-in browser, the API with Basic. */
    private static Response call(Route route, String path, String username) {
        if (route.isApi()) {
            RequestSpecification request = username == null ? Api.anonymous() : Api.as(username);
            if (route.consumes().startsWith("text/plain")) {
                request = request.contentType(ContentType.TEXT).body("");
            } else if (route.consumes().startsWith("multipart/")) {
                request = apiFiles(request);
            } else if (!route.method().equals("GET")) {
                request = request.body("{}");
            }
            return request.redirects().follow(false).request(route.method(), path);
        }
        Browser browser = username == null ? Browser.anonymous() : Browser.signedIn(username);
        if (route.method().equals("GET")) {
            return browser.get(path);
        }
        String token = browser.csrfTokenOf(username == null ? "/login" : "/");
        RequestSpecification request = given().redirects().follow(false).cookies(browser.cookies());
        request = route.consumes().startsWith("multipart/") ? request.multiPart("csrf-token", token)
                : request.contentType(ContentType.URLENC).formParam("csrf-token", token);
        return request.request(route.method(), path);
    }

    /** Path parameters filled with records that exist: a claim, a source, an account, a claimant. */
    private final class Samples {

        private final long claimId;
        private final long sourceId;
        private final long userId;
        /** A citation of the claim; the first caller allowed to remove it does, the others then find none (404). */
        private final long citationId;
        private final long claimantId;
        /** A token of the author's: its owner and admins may revoke it, others find none (404). */
        private final long tokenId;
        /** A bulk import of the author's. */
        private final long importId;

        Samples() {
            String author = users.fresh("matrix-author", Role.REVIEWER);
            claimId = Api.createClaim(author);
            sourceId = Api.createSource(author, "Matrix outlet");
            Api.cite(author, claimId, sourceId, "SUPPORTS", "Matrix claimant", false);
            citationId = Api.as(author).get("/api/claims/" + claimId).then().statusCode(200).extract().jsonPath()
                    .getLong("citations[0].id");
            String subject = users.fresh("matrix-subject", Role.REVIEWER);
            userId = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(subject).orElseThrow().id);
            claimantId = Api.as(author).body(Map.of("name", "Matrix claimant " + System.nanoTime()))
                    .post("/api/claimants").then().statusCode(201).extract().jsonPath().getLong("id");
            tokenId = Api.as(author).body(Map.of("name", "matrix sample", "scope", "read")).post("/api/tokens").then()
                    .statusCode(201).extract().jsonPath().getLong("id");
            importId = given().auth().preemptive().basic(author, TestUsers.passwordOf(author)).accept(ContentType.JSON)
                    .multiPart("files", "matrix.txt", ("A matrix sample article, number " + System.nanoTime() + ".")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/api/imports").then().statusCode(202).extract().jsonPath().getLong("id");
        }

        String concrete(Route route) {
            String path = route.path();
            long id = path.startsWith("/sources") || path.startsWith("/api/sources") ? sourceId
                    : path.startsWith("/claimants") || path.startsWith("/api/claimants") ? claimantId
                    : path.startsWith("/admin/users") || path.startsWith("/api/users") ? userId
                    : path.startsWith("/account/tokens") || path.startsWith("/api/tokens") ? tokenId
                    : path.startsWith("/imports") || path.startsWith("/api/imports") ? importId : claimId;
            String concrete = path.replace("{claimId}", String.valueOf(claimId)).replace("{id}", String.valueOf(id))
                    .replace("{citationId}", String.valueOf(citationId)).replace("{index}", "0").replace("{tag}", "fa-AF");
            if (concrete.contains("{")) {
                fail("No sample value for a parameter of " + route.key() + ": add one to AuthorizationMatrixTest.Samples");
            }
            return concrete;
        }
    }
}
