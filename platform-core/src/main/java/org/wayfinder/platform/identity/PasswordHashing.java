package org.wayfinder.platform.identity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes: PBKDF2 with HMAC-SHA512 at 210,000 iterations (OWASP's 2023 figure), a 16-byte
 * random salt and a 64-byte key, stored as {@code PBKDF2WithHmacSHA512:<iterations>:<salt>:<key>}
 * with Base64 parts. The iteration count is stored with each hash so it can be raised later and
 * older hashes upgraded at the next sign-in ({@link #isOutdated}).
 *
 * <p>The Jakarta Security default of 2,048 iterations is far too few for stolen-database attacks,
 * which is why this is not left to the container's {@code Pbkdf2PasswordHash} defaults.
 */
public final class PasswordHashing {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    public static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A hash of a password nobody has, checked when an email is unknown or an account is throttled so
     * that the answer takes as long as for a real account and timing reveals nothing.
     */
    static final String DECOY = hash("decoy password that matches nothing");

    private PasswordHashing() {
    }

    public static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    /** Whether the password matches the stored hash; false for a malformed hash rather than an error. */
    public static boolean matches(String password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The iteration count a stored hash was made with. */
    public static int iterationsOf(String stored) {
        return Integer.parseInt(stored.split(":")[1]);
    }

    /** True when the hash was made with fewer iterations than today's and should be remade. */
    public static boolean isOutdated(String stored) {
        return iterationsOf(stored) < ITERATIONS;
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2 is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }
}
