package org.wayfinder.platform.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SendKeysTest {

    @Test
    void freshKeysHaveTheFormatTheyAreCheckedAgainstAndDoNotRepeat() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String key = SendKeys.fresh();
            assertThat(key).hasSize(22).matches(SendKeys.FORMAT);
            assertThat(SendKeys.required(key, "text")).isEqualTo(key);
            keys.add(key);
        }
        assertThat(keys).hasSize(10_000);
    }

    @Test
    void aMissingKeyIsAllowedWhereOptionalOnly() {
        assertThat(SendKeys.optional(null, "text")).isNull();
        assertThat(SendKeys.optional("  ", "text")).isNull();
        assertThatThrownBy(() -> SendKeys.required(null, "key")).isInstanceOf(InvalidInputException.class);
        assertThat(SendKeys.required("0b7e5c1a-3f1e-4a8e-9d1c-7a2b3c4d5e6f", "key")).as("a UUID, as the Chat's page makes")
                .hasSize(36);
    }

    @Test
    void keysOfAnotherShapeAreRefusedNamingTheField() {
        for (String bad : new String[] {"short", "a".repeat(41), "has space in it", "semi;colon12", "<script>x</script>"}) {
            assertThatThrownBy(() -> SendKeys.optional(bad, "question")).as(bad).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.errors()).containsExactly(new FieldError("question",
                            "The key must be 8 to 40 letters, digits, hyphens or underscores.")));
        }
    }
}
