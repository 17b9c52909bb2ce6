package org.wayfinder.zone.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void wordsAreLowercaseWithoutStopWordsOrPunctuation() {
        assertThat(Words.words("What does a Paramedic do on a NIGHT shift?!"))
                .containsExactly("paramedic", "night", "shift");
    }

    @Test
    void apostrophesAndHyphensInsideAWordKeepItWhole() {
        assertThat(Words.words("I don't know; it's a follow-up -- the nurse's job")).containsExactly("know", "follow-up", "nurse", "job");
        assertThat(Words.words("We\u2019re asking: isn\u2019t surgery hard?")).containsExactly("asking", "surgery", "hard");
    }

    @Test
    void oneLetterWordsNumbersAndOverlongRunsAreLeftOut() {
        assertThat(Words.words("x y 42 2024 a1 " + "z".repeat(41) + " " + "w".repeat(40)))
                .containsExactly("a1", "w".repeat(40));
    }

    @Test
    void linksAndEmailAddressesAreNotWords() {
        assertThat(Words.words("see https://example.com/jobs or www.nhs.uk and mail me@example.com thanks"))
                .containsExactly("see", "mail", "thanks");
    }

    @Test
    void accentedLettersCount() {
        assertThat(Words.words("Café CAFÉ naïve")).containsExactly("café", "café", "naïve");
    }

    @Test
    void countsAreSummedOverLines() {
        assertThat(Words.count(List.of("Nursing is great", "nursing NURSING", "", "the and of")))
                .containsExactly(java.util.Map.entry("great", 1), java.util.Map.entry("nursing", 3));
        assertThat(Words.count(java.util.Collections.singletonList(null))).isEmpty();
    }

    @Test
    void theStopWordListIsLoaded() {
        assertThat(Words.isStopWord("The")).isTrue();
        assertThat(Words.isStopWord("doctor")).isFalse();
    }
}
