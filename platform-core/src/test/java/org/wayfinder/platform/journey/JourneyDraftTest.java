package org.wayfinder.platform.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.spi.journey.JourneyDefinition;
import org.wayfinder.platform.spi.journey.JourneyStep;
import org.wayfinder.platform.spi.journey.StepCondition;

class JourneyDraftTest {

    private static final JourneyDefinition STORED = new JourneyDefinition("member", "Your way in", List.of(
            new JourneyStep("welcome", "info", "Welcome", "<p>Hi</p>", null, true, null, null),
            new JourneyStep("about-you", "form", "About you", "", "about-you", true, null, null),
            new JourneyStep("first", "info", "First in your family", "", null, false,
                    new StepCondition("about-you", "first-in-family", "yes"), null)));

    @Test
    void aStoredJourneyComesBackUnchanged() {
        assertThat(JourneyDraft.of(STORED, Set.of()).toDefinition()).isEqualTo(STORED);
    }

    @Test
    void aNewStepGetsAnIdFromItsTitleThatNoEarlierVersionUsed() {
        JourneyDraft draft = JourneyDraft.of(STORED, Set.of("team-check"));
        draft.add("approval", "Team check");
        JourneyDefinition defined = draft.toDefinition();
        assertThat(defined.steps().get(3).id()).as("a step of an earlier version was called team-check").isEqualTo("team-check-2");
        draft.getSteps().get(3).setTitle("Safeguarding check");
        assertThat(draft.toDefinition().steps().get(3).id()).as("until it is saved the id follows the title").isEqualTo("safeguarding-check");
        draft.keepIds();
        draft.getSteps().get(3).setTitle("Renamed");
        assertThat(draft.toDefinition().steps().get(3).id()).as("once saved, the id stays").isEqualTo("safeguarding-check");
    }

    @Test
    void movingAStepAboveTheQuestionItDependsOnMakesItAlwaysApply() {
        JourneyDraft draft = JourneyDraft.of(STORED, Set.of());
        String conditional = draft.getSteps().get(2).getRef();
        assertThat(draft.move(conditional, 1)).as("already last: nothing moves").isEmpty();
        assertThat(draft.move(conditional, -1)).extracting(JourneyDraft.Step::getTitle).containsExactly("First in your family");
        assertThat(draft.toDefinition().steps()).extracting(JourneyStep::id).containsExactly("welcome", "first", "about-you");
        assertThat(draft.toDefinition().steps().get(1).showWhen()).isNull();
    }

    @Test
    void draggingMovesAStepToItsNewPlaceKeepingTheOthersInOrder() {
        JourneyDraft draft = JourneyDraft.of(STORED, Set.of());
        assertThat(draft.moveTo(0, 2)).isEmpty();
        assertThat(draft.toDefinition().steps()).extracting(JourneyStep::id).containsExactly("about-you", "first", "welcome");
        assertThat(draft.moveTo(0, 7)).as("a place outside the list changes nothing").isEmpty();
        assertThat(draft.toDefinition().steps()).extracting(JourneyStep::id).containsExactly("about-you", "first", "welcome");
    }

    @Test
    void removingTheFormAStepDependsOnReleasesItsCondition() {
        JourneyDraft draft = JourneyDraft.of(STORED, Set.of());
        assertThat(draft.remove(draft.getSteps().get(1).getRef())).extracting(JourneyDraft.Step::getTitle)
                .containsExactly("First in your family");
        assertThat(draft.toDefinition().steps()).extracting(JourneyStep::id).containsExactly("welcome", "first");
    }

    @Test
    void theEnginesPathsPointAtTheStepTheyAreAbout() {
        JourneyDraft draft = JourneyDraft.of(STORED, Set.of());
        String second = draft.getSteps().get(1).getRef();
        assertThat(draft.place("steps[1].form")).isEqualTo(second + ".form");
        assertThat(draft.place("steps[2].showWhen.form")).isEqualTo(draft.getSteps().get(2).getRef() + ".showWhen");
        assertThat(draft.place("steps[1]")).isEqualTo(second + ".step");
        assertThat(draft.place("steps[9].form")).as("no such step").isEqualTo("steps[9].form");
        assertThat(draft.place("title")).isEqualTo("title");
    }
}
