package org.wayfinder.platform.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadableIdTest {

    @Test
    void aLabelBecomesItsWordsInLowerCaseJoinedByHyphens() {
        assertThat(ReadableId.from("Which careers interest you?", "question", 40)).isEqualTo("which-careers-interest-you");
        assertThat(ReadableId.from("  Café & crèche -- opening hours ", "question", 40)).isEqualTo("cafe-creche-opening-hours");
        assertThat(ReadableId.from("Year 12 / Year 13", "question", 40)).isEqualTo("year-12-year-13");
        assertThat(ReadableId.from("Children's ward, Women\u2019s health", "option", 40)).isEqualTo("childrens-ward-womens-health");
    }

    @Test
    void textWithoutALeadingLetterOrTooShortGetsTheFallbackWord() {
        assertThat(ReadableId.from("", "question", 40)).isEqualTo("question");
        assertThat(ReadableId.from(null, "form", 40)).isEqualTo("form");
        assertThat(ReadableId.from("???", "option", 40)).isEqualTo("option");
        assertThat(ReadableId.from("2026 intake", "form", 40)).isEqualTo("form-2026-intake");
        assertThat(ReadableId.from("X", "form", 40)).isEqualTo("form-x");
    }

    @Test
    void aLongLabelIsCutAtAWordBoundary() {
        String id = ReadableId.from("Tell us about a time you helped someone who was having a hard day", "question", 40);
        assertThat(id).isEqualTo("tell-us-about-a-time-you-helped-someone").hasSizeLessThanOrEqualTo(40);
        assertThat(ReadableId.from("a".repeat(70), "question", 40)).isEqualTo("a".repeat(40));
    }

    @Test
    void aTakenIdGetsTheFirstFreeNumberWithinTheLength() {
        Set<String> taken = Set.of("name", "name-2");
        assertThat(ReadableId.unique("name", taken::contains, 40)).isEqualTo("name-3");
        assertThat(ReadableId.unique("email", taken::contains, 40)).isEqualTo("email");
        String longBase = "b".repeat(40);
        assertThat(ReadableId.unique(longBase, Set.of(longBase)::contains, 40)).isEqualTo("b".repeat(38) + "-2");
    }

    @Test
    void claimingAnIdTakesItSoTheNextPartWithTheSameTextGetsAnother() {
        Set<String> taken = new HashSet<>(Set.of("name"));

        assertThat(ReadableId.claim("Name", "question", taken, 40)).isEqualTo("name-2");
        assertThat(ReadableId.claim("Name", "question", taken, 40)).isEqualTo("name-3");
        assertThat(taken).containsExactlyInAnyOrder("name", "name-2", "name-3");
    }
}
