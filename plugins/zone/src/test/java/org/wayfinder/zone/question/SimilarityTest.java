package org.wayfinder.zone.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void theSameQuestionInOtherWordsIsSimilar() {
        assertThat(Similarity.of("How long is paramedic training?", "How long did your paramedic training take?"))
                .isGreaterThanOrEqualTo(Similarity.SIMILAR);
    }

    @Test
    void questionsAboutDifferentThingsAreNot() {
        assertThat(Similarity.of("How long is paramedic training?", "What is bone marrow?")).isLessThan(Similarity.SIMILAR);
        assertThat(Similarity.of("What do you like about the NHS?", "What ambulance vehicles do you drive?")).isZero();
    }

    @Test
    void commonWordsAndPluralsDoNotCount() {
        assertThat(Similarity.words("What are the hours like for nurses?")).containsExactly("hour", "nurse");
        assertThat(Similarity.words("")).isEmpty();
        assertThat(Similarity.words(null)).isEmpty();
        assertThat(Similarity.of("the and of", "the and of")).isZero();
    }

    @Test
    void wordsSharedOutOfManyCountLessThanOutOfFew() {
        double close = Similarity.of("nursing apprenticeship", "nursing apprenticeship route");
        double far = Similarity.of("nursing apprenticeship", "nursing degree university funding placements shifts");
        assertThat(close).isGreaterThan(far);
    }
}
