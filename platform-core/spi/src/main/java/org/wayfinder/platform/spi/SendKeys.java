package org.wayfinder.platform.spi;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Keys that make sending something twice store it once. A page renders a fresh key with each form
 * (a hidden field) and a live Chat's page makes one per line. When the answer to a send is lost
 * (the instance stopped after its commit, the phone lost signal), the person sends the same thing
 * again with the same key, and the platform answers with what it stored the first time instead of
 * storing it again. Each kept key is unique per person (per Chat, for Chat lines) in the database,
 * so two sends racing each other cannot both be stored.
 */
public final class SendKeys {

    /** Letters, digits, hyphens and underscores, 8 to 40 of them (a UUID fits, as does {@link #fresh()}). */
    public static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{8,40}");

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);

    private SendKeys() {
    }

    /** A new key: 128 random bits, 22 URL-safe characters. */
    public static String fresh() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The key to keep for a send: null when none was given (the send is stored every time), the key
     * when it has the {@link #FORMAT}.
     *
     * @throws InvalidInputException naming {@code field} when a key was given in another format
     */
    public static String optional(String key, String field) {
        if (key == null || key.isBlank()) {
            return null;
        }
        return required(key, field);
    }

    /**
     * The key of a send that must have one.
     *
     * @throws InvalidInputException naming {@code field} when it is missing or not in the {@link #FORMAT}
     */
    public static String required(String key, String field) {
        if (key == null || !FORMAT.matcher(key).matches()) {
            throw new InvalidInputException(field, "The key must be 8 to 40 letters, digits, hyphens or underscores.");
        }
        return key;
    }
}
