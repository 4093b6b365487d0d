package org.corroborate.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The secret of an {@code Authorization: Bearer} header and the address it came from, for {@link TokenCheck}. */
final class TokenRequest extends BaseAuthenticationRequest {

    final String secret;
    final String client;

    TokenRequest(String secret, String client) {
        this.secret = secret;
        this.client = client;
    }
}
