package org.wayfinder.platform.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, following NCSC guidance: long rather than complicated, and not one
 * of the passwords everyone tries first. The upper limit keeps a single sign-in from costing the
 * server more than hashing a normal password does.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("password123", "password1234", "1234567890", "qwertyuiop",
            "iloveyou123", "letmein123", "welcome123", "password12", "abc1234567", "0987654321", "qwerty1234",
            "passw0rd123", "football123", "1q2w3e4r5t", "administrator", "changeme123", "nhspassword");

    private PasswordPolicy() {
    }

    /** What is wrong with the password, or empty when it is acceptable. */
    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters: a few words together make a strong password.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of("That password is too easy to guess; choose another.");
        }
        if (email != null && lower.equals(email.toLowerCase(Locale.ROOT))) {
            return Optional.of("Your password must not be your email address.");
        }
        return Optional.empty();
    }
}
