package org.corroborate.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Credentials on {@code /api}, on every call: an API token ({@code Authorization: Bearer crb_…}, checked by
 * {@link TokenCheck}: the fast way, meant for scripts) or HTTP Basic (checked by {@link PasswordCheck}, a bcrypt
 * hash per request: the slow way, meant for trying things out), with the same limits on failures as the login
 * form. A refusal answers in the API's error shape: 401 with {@code WWW-Authenticate} naming the scheme tried
 * (Basic when none was), or 429 with {@code Retry-After} while failures hold the account or client back.
 */
@ApplicationScoped
public class ApiSignIn implements HttpAuthenticationMechanism {

    private static final String REALM = "Basic realm=\"Corroborate\"";
    private static final String BEARER = "Bearer";
    private static final String REFUSED = ApiSignIn.class.getName() + ".refused";
    private static final String TOKEN_REFUSED = ApiSignIn.class.getName() + ".tokenRefused";
    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            // tokens are for the API; pages (public ones run every mechanism) stay as if none was sent
            return isApi(context.normalizedPath()) ? withToken(context, identities, header.substring(7).strip())
                    : Uni.createFrom().nullItem();
        }
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Uni.createFrom().nullItem();
        }
        context.put(HttpAuthenticationMechanism.class.getName(), this);
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Basic credentials are not base64"));
        }
        int colon = credentials.indexOf(':');
        if (colon <= 0) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Basic credentials need username:password"));
        }
        UsernamePasswordAuthenticationRequest request = new UsernamePasswordAuthenticationRequest(
                credentials.substring(0, colon), new PasswordCredential(credentials.substring(colon + 1).toCharArray()));
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request).onFailure().invoke(failure -> {
            SignInRefused refused = SignInRefused.in(failure);
            if (refused != null) {
                context.put(REFUSED, refused);
            }
        });
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    private Uni<SecurityIdentity> withToken(RoutingContext context, IdentityProviderManager identities, String secret) {
        context.put(HttpAuthenticationMechanism.class.getName(), this);
        var address = context.request().remoteAddress();
        TokenRequest request = new TokenRequest(secret, address == null ? "unknown" : address.hostAddress());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request).onFailure().invoke(failure -> {
            SignInRefused refused = SignInRefused.in(failure);
            if (refused != null) {
                context.put(REFUSED, refused);
            }
            TokenRefused token = TokenRefused.in(failure);
            context.put(TOKEN_REFUSED, token != null ? token.getMessage() : "This token does not sign in.");
        });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, WWW_AUTHENTICATE, REALM));
    }

    /** The challenge with the API's JSON error body. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        SignInRefused refused = context.get(REFUSED);
        var response = context.response();
        if (refused != null) {
            response.setStatusCode(429).putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds()));
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(error(429, "Too many failed sign-ins for this account or from this address. " + refused.advice()));
        } else if (context.get(TOKEN_REFUSED) != null) {
            response.setStatusCode(401).putHeader(WWW_AUTHENTICATE, BEARER + " realm=\"Corroborate\", error=\"invalid_token\"");
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(error(401, context.<String>get(TOKEN_REFUSED) + " Create a new one on your account page."));
        } else {
            response.setStatusCode(401).putHeader(WWW_AUTHENTICATE, REALM);
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(error(401, "Sign in with an API token (Authorization: Bearer crb_…) or HTTP Basic credentials."));
        }
        return Uni.createFrom().item(true);
    }

    private static String error(int status, String message) {
        return new JsonObject().put("status", status).put("message", message).put("fields", new JsonArray()).encode();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, TokenRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(getCredentialTransport());
    }

    HttpCredentialTransport getCredentialTransport() {
        return new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "basic");
    }
}
