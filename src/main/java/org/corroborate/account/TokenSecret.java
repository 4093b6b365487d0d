package org.corroborate.account;

import java.security.SecureRandom;
import java.util.Base64;

import org.corroborate.input.Sha256;

/**
 * The secret of an API token: {@code crb_} and 256 random bits (43 characters of base64url), so that secret
 * scanners can recognise a leaked one by its prefix. Only its SHA-256 is stored: a secret this random needs no
 * slow hash to resist guessing, and one hash keeps every request cheap.
 */
final class TokenSecret {

    static final String PREFIX = "crb_";
    private static final int RANDOM_BYTES = 32;
    private static final int LENGTH = PREFIX.length() + 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {
    }

    static String generate() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Whether {@code text} has the shape of a secret this app hands out (checked before hashing anything). */
    static boolean looksLike(String text) {
        return text != null && text.length() == LENGTH && text.startsWith(PREFIX);
    }

    /** The stored form: SHA-256, lower-case hex. */
    static String hash(String secret) {
        return Sha256.hex(secret);
    }
}
