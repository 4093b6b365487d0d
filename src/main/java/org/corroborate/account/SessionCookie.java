package org.corroborate.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sign-in cookie's value: who signed in, when, and when the cookie was last renewed, encrypted and
 * authenticated with AES-GCM under the fleet's session key. A value that does not decrypt (another key, a
 * forged or cut value) is no session at all.
 */
final class SessionCookie {

    /** The cookie's name, kept from the earlier built-in form login so scripts and proxies need no change. */
    static final String NAME = "quarkus-credential";

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int IV_LENGTH = 12;
    private static final int TAG_BITS = 128;
    /** Binds a value to this use of the key; a value sealed for anything else does not open. */
    private static final byte[] PURPOSE = "corroborate-session-v1".getBytes(StandardCharsets.US_ASCII);

    /** What the cookie carries. Instants are kept to the microsecond, as the database keeps them. */
    record Session(String username, Instant signedInAt, Instant renewedAt) {
    }

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    /** The key is the configured text, hashed to 256 bits; without one, a random key (sessions end at restart). */
    SessionCookie(Optional<String> configuredKey) {
        byte[] material = new byte[32];
        if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
            try {
                material = MessageDigest.getInstance("SHA-256").digest(configuredKey.get().getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        } else {
            random.nextBytes(material);
        }
        this.key = new SecretKeySpec(material, "AES");
    }

    String seal(Session session) {
        String plain = session.signedInAt() + "\n" + session.renewedAt() + "\n" + session.username();
        try {
            byte[] iv = new byte[IV_LENGTH];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(PURPOSE);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a session cookie", e);
        }
    }

    Optional<Session> open(String value) {
        if (value == null || value.isEmpty() || value.length() > 1024) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(value);
            if (bytes.length <= IV_LENGTH) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_LENGTH));
            cipher.updateAAD(PURPOSE);
            String plain = new String(cipher.doFinal(bytes, IV_LENGTH, bytes.length - IV_LENGTH), StandardCharsets.UTF_8);
            String[] parts = plain.split("\n", 3);
            if (parts.length != 3 || parts[2].isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Session(parts[2], Instant.parse(parts[0]), Instant.parse(parts[1])));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
