package org.corroborate.web;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * The one-time message shown after a post-redirect-get. App instances keep no session, so the message
 * travels in a short-lived cookie: set on the redirect, shown by the next page, then cleared.
 */
@RequestScoped
@Named("flash")
public class Flash {

    static final String COOKIE = "flash";
    private static final int MAX_LENGTH = 600;

    private final HttpServerRequest request;

    Flash(HttpServerRequest request) {
        this.request = request;
    }

    /** The message the previous response left, or null. */
    public String message() {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return null;
        }
        return URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
    }

    /** 303 See Other to {@code path}, carrying {@code message} to the page it leads to. */
    public static Response redirect(String path, String message) {
        String text = message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH) + "…" : message;
        return Response.seeOther(URI.create(path))
                .cookie(new NewCookie.Builder(COOKIE).value(URLEncoder.encode(text, StandardCharsets.UTF_8))
                        .path("/").maxAge(60).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }
}
