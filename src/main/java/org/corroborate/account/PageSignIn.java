package org.corroborate.account;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing in to the pages: the login form posts to {@code /j_security_check}; a good password (see
 * {@link PasswordCheck}) gets the session cookie, and every later request is signed in by that cookie (see
 * {@link SessionCheck}). The cookie is HttpOnly, SameSite=Lax, Secure when the request came over HTTPS (also
 * behind a proxy that says so), and ends after the idle or absolute timeout of {@link SessionConfig}.
 * A visitor who is not signed in is sent to the login page and, after signing in, back to the page asked for.
 */
@ApplicationScoped
public class PageSignIn implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PATH = "/j_security_check";
    static final String LOGIN_PAGE = "/login";
    static final String FAILED_PAGE = "/login?error=true";
    /** Where to go after signing in, remembered when a page sent the visitor to the login page. */
    static final String RETURN_COOKIE = "return-to";

    private final SessionConfig config;
    private final SessionCookie cookie;
    private final Clock clock;

    PageSignIn(SessionConfig config, Clock clock,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key) {
        this.config = config;
        this.clock = clock;
        this.cookie = new SessionCookie(key);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (context.request().method() == HttpMethod.POST && SIGN_IN_PATH.equals(context.normalizedPath())) {
            context.put(HttpAuthenticationMechanism.class.getName(), this);
            return signIn(context, identities);
        }
        return resume(context, identities);
    }

    /**
     * Reads the posted form, checks the password and answers the post itself: a redirect to the page asked for
     * with the new cookie, or back to the login page saying what went wrong. The request itself stays anonymous.
     */
    private Uni<SecurityIdentity> signIn(RoutingContext context, IdentityProviderManager identities) {
        context.request().setExpectMultipart(true);
        return Uni.createFrom().emitter(emitter -> {
            context.request().endHandler(ended -> {
                try {
                    MultiMap form = context.request().formAttributes();
                    String username = form.get("j_username");
                    String password = form.get("j_password");
                    if (username == null || username.isBlank() || password == null) {
                        redirect(context, FAILED_PAGE);
                        emitter.complete(null);
                        return;
                    }
                    UsernamePasswordAuthenticationRequest request = new UsernamePasswordAuthenticationRequest(
                            username.strip(), new PasswordCredential(password.toCharArray()));
                    HttpSecurityUtils.setRoutingContextAttribute(request, context);
                    identities.authenticate(request).subscribe().with(identity -> {
                        Instant now = now();
                        context.response().addCookie(sessionCookie(context,
                                new SessionCookie.Session(identity.getPrincipal().getName(), now, now)));
                        redirect(context, returnPath(context));
                        emitter.complete(null);
                    }, failure -> {
                        SignInRefused refused = SignInRefused.in(failure);
                        if (refused != null) {
                            redirect(context, LOGIN_PAGE + "?retry=" + refused.retryAfterSeconds());
                        } else if (failure instanceof AuthenticationFailedException) {
                            redirect(context, FAILED_PAGE);
                        } else {
                            emitter.fail(failure);
                            return;
                        }
                        emitter.complete(null);
                    });
                } catch (RuntimeException e) {
                    emitter.fail(e);
                }
            });
            context.request().resume();
        });
    }

    /**
     * Signs the request in by its session cookie, if it carries one that is current; renews the cookie when it
     * is due. A cookie that has timed out, or whose sign-in has ended, is cleared and the request is anonymous.
     */
    private Uni<SecurityIdentity> resume(RoutingContext context, IdentityProviderManager identities) {
        Cookie sent = context.request().getCookie(SessionCookie.NAME);
        if (sent == null) {
            return Uni.createFrom().nullItem();
        }
        Instant now = now();
        Optional<SessionCookie.Session> session = cookie.open(sent.getValue()).filter(s -> current(s, now));
        if (session.isEmpty()) {
            clear(context);
            return Uni.createFrom().nullItem();
        }
        SessionCookie.Session current = session.get();
        context.put(HttpAuthenticationMechanism.class.getName(), this);
        TrustedAuthenticationRequest request = new TrustedAuthenticationRequest(current.username());
        request.setAttribute(SessionCheck.SIGNED_IN_AT, current.signedInAt());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request)
                .onItem().invoke(identity -> {
                    if (!now.isBefore(current.renewedAt().plus(config.renewAfter()))) {
                        context.response().addCookie(sessionCookie(context,
                                new SessionCookie.Session(current.username(), current.signedInAt(), now)));
                    }
                })
                .onFailure(AuthenticationFailedException.class).recoverWithItem(() -> {
                    clear(context);
                    return null;
                });
    }

    private boolean current(SessionCookie.Session session, Instant now) {
        return now.isBefore(session.renewedAt().plus(config.idleTimeout()))
                && now.isBefore(session.signedInAt().plus(config.absoluteTimeout()));
    }

    /** To the login page; a page asked for with GET is remembered for after the sign-in. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (context.request().method() == HttpMethod.POST && SIGN_IN_PATH.equals(context.normalizedPath())) {
            return Uni.createFrom().item(new ChallengeData(302, HttpHeaders.LOCATION, absolute(context, FAILED_PAGE)));
        }
        if (context.request().method() == HttpMethod.GET && context.request().getHeader("HX-Request") == null) {
            context.response().addCookie(Cookie.cookie(RETURN_COOKIE, URLEncoder.encode(context.request().uri(),
                    StandardCharsets.UTF_8)).setPath("/").setMaxAge(600).setHttpOnly(true)
                    .setSameSite(CookieSameSite.LAX).setSecure(secure(context)));
        }
        return Uni.createFrom().item(new ChallengeData(302, HttpHeaders.LOCATION, absolute(context, LOGIN_PAGE)));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, TrustedAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(getCredentialTransport());
    }

    HttpCredentialTransport getCredentialTransport() {
        return new HttpCredentialTransport(HttpCredentialTransport.Type.POST, SIGN_IN_PATH, "form");
    }

    /**
     * Signs this browser in afresh, just after {@code endedAt}: the owner changed their password, which ended every
     * sign-in of the account until then, and this one should go on.
     */
    void signInAgain(RoutingContext context, String username, Instant endedAt) {
        Instant at = now().isAfter(endedAt) ? now() : endedAt.plus(1, ChronoUnit.MICROS);
        context.response().addCookie(sessionCookie(context, new SessionCookie.Session(username, at, at)));
    }

    /** Ends this browser's cookie (signing out also ends the sign-in on the server: {@link AccountService#endSessions}). */
    static void clear(RoutingContext context) {
        context.response().addCookie(Cookie.cookie(SessionCookie.NAME, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setSecure(secure(context)));
    }

    /** HTTPS, directly or as a trusted proxy says ({@code X-Forwarded-Proto} in the postgres profile). */
    static boolean secure(RoutingContext context) {
        return context.request().isSSL() || "https".equalsIgnoreCase(context.request().scheme());
    }

    private Cookie sessionCookie(RoutingContext context, SessionCookie.Session session) {
        return Cookie.cookie(SessionCookie.NAME, cookie.seal(session)).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setSecure(secure(context));
    }

    /** The remembered page when it is a path of this site, else the dashboard. */
    private static String returnPath(RoutingContext context) {
        Cookie remembered = context.request().getCookie(RETURN_COOKIE);
        if (remembered == null) {
            return "/";
        }
        context.response().addCookie(Cookie.cookie(RETURN_COOKIE, "").setPath("/").setMaxAge(0));
        String path = URLDecoder.decode(remembered.getValue(), StandardCharsets.UTF_8);
        boolean local = path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.chars().noneMatch(c -> c < 0x20);
        return local ? path : "/";
    }

    private static void redirect(RoutingContext context, String path) {
        context.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, absolute(context, path)).end();
    }

    /** An absolute url on the host the client asked for (the proxy's, when forwarded). */
    private static String absolute(RoutingContext context, String path) {
        return context.request().scheme() + "://" + context.request().authority() + path;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
