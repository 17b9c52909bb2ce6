package org.wayfinder.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void storedHashUsesPbkdf2Sha512WithAtLeast210000Iterations() {
        String stored = PasswordHashing.hash("correct horse battery");

        String[] parts = stored.split(":");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA512");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
        assertThat(PasswordHashing.iterationsOf(stored)).isGreaterThanOrEqualTo(210_000);
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(64);
    }

    @Test
    void theRightPasswordMatchesAndAnyOtherDoesNot() {
        String stored = PasswordHashing.hash("correct horse battery");

        assertThat(PasswordHashing.matches("correct horse battery", stored)).isTrue();
        assertThat(PasswordHashing.matches("correct horse batterY", stored)).isFalse();
        assertThat(PasswordHashing.matches("", stored)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(PasswordHashing.hash("same password here")).isNotEqualTo(PasswordHashing.hash("same password here"));
    }

    @Test
    void aMalformedOrForeignHashMatchesNothingInsteadOfFailing() {
        assertThat(PasswordHashing.matches("x", null)).isFalse();
        assertThat(PasswordHashing.matches("x", "plain-text")).isFalse();
        assertThat(PasswordHashing.matches("x", "PBKDF2WithHmacSHA256:1000:AAAA:AAAA")).isFalse();
        assertThat(PasswordHashing.matches("x", "PBKDF2WithHmacSHA512:many:AAAA:AAAA")).isFalse();
    }

    @Test
    void aHashMadeWithFewerIterationsIsOutdatedButStillChecks() {
        String old = "PBKDF2WithHmacSHA512:2048:" + PasswordHashing.hash("p").split(":", 3)[2];

        assertThat(PasswordHashing.isOutdated(old)).isTrue();
        assertThat(PasswordHashing.isOutdated(PasswordHashing.hash("p"))).isFalse();
    }
}
