package org.wayfinder.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseIsAccepted() {
        assertThat(PasswordPolicy.problemWith("river otter lantern", "sam@example.org")).isEmpty();
    }

    @Test
    void shortCommonRepetitiveOrOverlongPasswordsAreRefusedWithAReason() {
        assertThat(PasswordPolicy.problemWith("short", "a@b.org")).hasValueSatisfying(m -> assertThat(m).contains("at least 10"));
        assertThat(PasswordPolicy.problemWith(null, "a@b.org")).isPresent();
        assertThat(PasswordPolicy.problemWith("Password123", "a@b.org")).hasValueSatisfying(m -> assertThat(m).contains("too easy"));
        assertThat(PasswordPolicy.problemWith("aaaaaaaaaaaa", "a@b.org")).hasValueSatisfying(m -> assertThat(m).contains("too easy"));
        assertThat(PasswordPolicy.problemWith("x".repeat(60) + "yz".repeat(40), "a@b.org")).hasValueSatisfying(m -> assertThat(m).contains("at most"));
    }

    @Test
    void thePasswordMustNotBeTheEmailAddress() {
        assertThat(PasswordPolicy.problemWith("Sam.Jones@example.org", "sam.jones@example.org"))
                .hasValueSatisfying(m -> assertThat(m).contains("email"));
    }
}
