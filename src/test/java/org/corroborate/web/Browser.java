package org.corroborate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.corroborate.TestUsers;

/**
 * A browser for page tests: keeps cookies (the sign-in, the CSRF token, the flash), signs in through the
 * login form, and posts forms the way a browser does, with the hidden CSRF field of the page that shows the form.
 * Redirects are not followed, so tests can see them; {@link #follow} goes where one points.
 */
public final class Browser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public static Browser anonymous() {
        return new Browser();
    }

    /** A browser signed in as {@code username} (a {@link TestUsers} account). */
    public static Browser signedIn(String username) {
        return signedIn(username, TestUsers.passwordOf(username));
    }

    /** A browser signed in with this password. */
    public static Browser signedIn(String username, String password) {
        Browser browser = new Browser();
        Response response = browser.request().contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
        browser.keep(response);
        assertThat(response.statusCode()).as("sign-in of " + username).isEqualTo(302);
        assertThat(response.header("Location")).doesNotContain("error");
        return browser;
    }

    /** From now on, asks as htmx does when it updates part of a page in place. */
    public Browser inPlace() {
        headers.put("HX-Request", "true");
        return this;
    }

    /** From now on, sends this header with every request (e.g. the browser's {@code Accept-Language}). */
    public Browser with(String header, String value) {
        headers.put(header, value);
        return this;
    }

    public Response get(String path) {
        return keep(request().get(path));
    }

    /** A GET with query parameters given as typed (RestAssured encodes them), for values with '&', '%' or '+'. */
    public Response get(String path, Map<String, ?> query) {
        return keep(request().queryParams(query).get(path));
    }

    /**
     * Opens {@code formPage}, then posts {@code fields} and the page's CSRF token to {@code action}, in UTF-8 as a
     * browser posts a UTF-8 page's form (RestAssured's default, ISO-8859-1, loses Dari and Pashto).
     */
    public Response submit(String formPage, String action, Map<String, ?> fields) {
        String token = csrfTokenOf(formPage);
        RequestSpecification post = request().contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
                .formParam("csrf-token", token);
        fields.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                values.forEach(v -> post.formParam(name, v));
            } else {
                post.formParam(name, value);
            }
        });
        return keep(post.post(action));
    }

    /** Posts a multipart form (text fields and one optional .txt file) with the page's CSRF token. */
    public Response submitMultipart(String formPage, String action, Map<String, String> fields, String fileName,
            String fileText) {
        String token = csrfTokenOf(formPage);
        RequestSpecification post = request().multiPart("csrf-token", token);
        fields.forEach(post::multiPart);
        if (fileName != null) {
            post.multiPart("file", fileName, fileText.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain");
        }
        return keep(post.post(action));
    }

    /** Posts a multipart form of files only (several under one name, as an input with {@code multiple}) with the CSRF token. */
    public Response submitFiles(String formPage, String action, String field, Map<String, byte[]> files) {
        String token = csrfTokenOf(formPage);
        RequestSpecification post = request().multiPart("csrf-token", token);
        files.forEach((name, bytes) -> post.multiPart(field, name, bytes, "application/octet-stream"));
        return keep(post.post(action));
    }

    /** Posts without any CSRF token, as a forged cross-site form would. */
    public Response postWithoutToken(String action, Map<String, ?> fields) {
        RequestSpecification post = request().contentType(ContentType.URLENC);
        fields.forEach(post::formParam);
        return keep(post.post(action));
    }

    /** Posts a multipart form without any CSRF token. */
    public Response postMultipartWithoutToken(String action, Map<String, String> fields) {
        RequestSpecification post = request();
        fields.forEach(post::multiPart);
        return keep(post.post(action));
    }

    /** Follows a redirect the way a browser does (a GET of its Location). */
    public Response follow(Response redirect) {
        assertThat(redirect.statusCode()).as("a redirect, got: " + redirect.body().asString()).isIn(302, 303);
        return get(redirect.header("Location"));
    }

    /** The path of a redirect's target ("/claims/12"), without host. */
    public static String location(Response redirect) {
        String location = redirect.header("Location");
        return location.replaceFirst("^https?://[^/]+", "");
    }

    /** The id at the end of a redirect to a record's page ("/claims/12" → 12). */
    public static long idFrom(Response redirect) {
        Matcher m = Pattern.compile("/(\\d+)(?:[#?].*)?$").matcher(location(redirect));
        assertThat(m.find()).as("an id in " + location(redirect)).isTrue();
        return Long.parseLong(m.group(1));
    }

    public String csrfTokenOf(String formPage) {
        Response page = get(formPage);
        assertThat(page.statusCode()).as("form page " + formPage).isEqualTo(200);
        Matcher m = CSRF_FIELD.matcher(page.body().asString());
        assertThat(m.find()).as("a CSRF field on " + formPage).isTrue();
        return m.group(1);
    }

    public boolean has(String cookie) {
        return cookies.containsKey(cookie);
    }

    /** Every cookie this browser holds, by name. */
    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    /** A cookie's value as this browser holds it, or null. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies).headers(headers);
    }

    private Response keep(Response response) {
        for (Cookie cookie : response.detailedCookies()) {
            if (cookie.getValue() == null || cookie.getValue().isEmpty() || cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        return response;
    }
}
