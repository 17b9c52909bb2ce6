package org.wayfinder.platform.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.form.Answers;
import org.wayfinder.platform.spi.journey.JourneyDefinition;
import org.wayfinder.platform.spi.journey.JourneyStep;
import org.wayfinder.platform.spi.journey.StepCondition;
import org.wayfinder.platform.spi.journey.StepType;

class JourneyEngineTest {

    private static final Function<String, Answers> NO_ANSWERS = form -> Answers.none();

    private static JourneyStep step(String id) {
        return new JourneyStep(id, "info", "Step " + id, "", null, true, null, Map.of());
    }

    private static JourneyDefinition journey(JourneyStep... steps) {
        return new JourneyDefinition("member", "Getting started", List.of(steps));
    }

    private static String next(JourneyEngine.Place place) {
        return place.next().map(JourneyStep::id).orElse("finished");
    }

    @Test
    void someoneIsAtTheFirstStepTheyHaveNotDoneAndSeesHowFarTheyAre() {
        JourneyDefinition journey = journey(step("a"), step("b"), step("c"), step("d"), step("e"), step("f"));

        JourneyEngine.Place place = JourneyEngine.place(journey, Set.of("a", "b"), NO_ANSWERS);

        assertThat(next(place)).isEqualTo("c");
        assertThat(place.position()).isEqualTo(3);
        assertThat(place.total()).isEqualTo(6);
        assertThat(place.done()).isEqualTo(2);
        assertThat(JourneyEngine.place(journey, Set.of("a", "b", "c", "d", "e", "f"), NO_ANSWERS).finished()).isTrue();
    }

    @Test
    void aStepAddedLaterIsWaitingForThoseAlreadyPastIt() {
        JourneyDefinition before = journey(step("a"), step("b"), step("c"));
        JourneyDefinition after = journey(step("a"), step("new"), step("b"), step("c"));
        Set<String> done = Set.of("a", "b");

        assertThat(next(JourneyEngine.place(before, done, NO_ANSWERS))).isEqualTo("c");
        JourneyEngine.Place place = JourneyEngine.place(after, done, NO_ANSWERS);
        assertThat(next(place)).isEqualTo("new");
        assertThat(place.position()).isEqualTo(2);
        assertThat(place.total()).isEqualTo(4);
    }

    @Test
    void removingTheStepSomeoneIsAtMovesThemOnInsteadOfStrandingThem() {
        JourneyDefinition after = journey(step("a"), step("c"));
        Set<String> done = Set.of("a");

        assertThat(next(JourneyEngine.place(journey(step("a"), step("b"), step("c")), done, NO_ANSWERS))).isEqualTo("b");
        JourneyEngine.Place place = JourneyEngine.place(after, done, NO_ANSWERS);
        assertThat(next(place)).isEqualTo("c");
        assertThat(place.total()).isEqualTo(2);
        assertThat(JourneyEngine.place(journey(step("a")), Set.of("a", "b"), NO_ANSWERS).finished())
                .as("done steps that no longer exist do not count, and nothing is left").isTrue();
    }

    @Test
    void reorderedStepsKeepTheirDoneAndTheEarliestUndoneComesNext() {
        Set<String> done = Set.of("a", "b");
        JourneyDefinition reordered = journey(step("c"), step("b"), step("d"), step("a"));

        JourneyEngine.Place place = JourneyEngine.place(reordered, done, NO_ANSWERS);

        assertThat(next(place)).isEqualTo("c");
        assertThat(place.position()).isEqualTo(1);
        assertThat(next(JourneyEngine.place(reordered, Set.of("a", "b", "c"), NO_ANSWERS))).isEqualTo("d");
    }

    @Test
    void aStepShownOnlyForAnAnswerIsLeftOutOfOtherJourneys() {
        JourneyStep profile = new JourneyStep("profile", "form", "Profile", "", "profile", true, null, Map.of());
        JourneyStep ucas = new JourneyStep("ucas", "info", "UCAS help", "", null, true,
                new StepCondition("profile", "year", "13"), Map.of());
        JourneyDefinition journey = journey(profile, ucas, step("end"));

        Function<String, Answers> year12 = form -> new Answers(Map.of("year", List.of("12")));
        Function<String, Answers> year13 = form -> new Answers(Map.of("year", List.of("13")));

        assertThat(JourneyEngine.place(journey, Set.of("profile"), year12)).satisfies(place -> {
            assertThat(next(place)).isEqualTo("end");
            assertThat(place.total()).isEqualTo(2);
        });
        assertThat(JourneyEngine.place(journey, Set.of("profile"), year13)).satisfies(place -> {
            assertThat(next(place)).isEqualTo("ucas");
            assertThat(place.total()).isEqualTo(3);
        });
    }

    @Test
    void theStepCountNeverGrowsAsSomeoneMovesOnWhateverTheyAnswer() {
        JourneyStep profile = new JourneyStep("profile", "form", "Profile", "", "profile", true, null, Map.of());
        JourneyStep ucas = new JourneyStep("ucas", "info", "UCAS help", "", null, true,
                new StepCondition("profile", "year", "13"), Map.of());
        JourneyDefinition journey = journey(step("welcome"), profile, ucas, step("matched"), step("survey"));
        Function<String, Answers> year12 = form -> new Answers(Map.of("year", List.of("12")));
        Function<String, Answers> year13 = form -> new Answers(Map.of("year", List.of("13")));

        JourneyEngine.Place start = JourneyEngine.place(journey, Set.of(), NO_ANSWERS);
        JourneyEngine.Place atProfile = JourneyEngine.place(journey, Set.of("welcome"), NO_ANSWERS);
        assertThat(List.of(start.position(), start.total(), atProfile.position(), atProfile.total()))
                .as("the UCAS page may still apply, so it is counted").containsExactly(1, 5, 2, 5);

        List<JourneyEngine.Place> year12Walk = List.of(start, atProfile,
                JourneyEngine.place(journey, Set.of("welcome", "profile"), year12),
                JourneyEngine.place(journey, Set.of("welcome", "profile", "matched"), year12));
        List<JourneyEngine.Place> year13Walk = List.of(start, atProfile,
                JourneyEngine.place(journey, Set.of("welcome", "profile"), year13),
                JourneyEngine.place(journey, Set.of("welcome", "profile", "ucas"), year13),
                JourneyEngine.place(journey, Set.of("welcome", "profile", "ucas", "matched"), year13));
        for (List<JourneyEngine.Place> walk : List.of(year12Walk, year13Walk)) {
            for (int i = 1; i < walk.size(); i++) {
                assertThat(walk.get(i).total()).as("step %d's total", i + 1).isLessThanOrEqualTo(walk.get(i - 1).total());
                assertThat(walk.get(i).position()).as("step %d's position", i + 1).isGreaterThan(walk.get(i - 1).position());
            }
            assertThat(next(walk.get(walk.size() - 1))).isEqualTo("survey");
        }
        JourneyEngine.Place year12AfterProfile = JourneyEngine.place(journey, Set.of("welcome", "profile"), year12);
        assertThat(next(year12AfterProfile)).isEqualTo("matched");
        assertThat(List.of(year12AfterProfile.position(), year12AfterProfile.total()))
                .as("an answer that rules the UCAS page out takes it out of the count").containsExactly(3, 4);
        JourneyEngine.Place year13AfterProfile = JourneyEngine.place(journey, Set.of("welcome", "profile"), year13);
        assertThat(next(year13AfterProfile)).isEqualTo("ucas");
        assertThat(List.of(year13AfterProfile.position(), year13AfterProfile.total())).containsExactly(3, 5);
    }

    @Test
    void skippingTheFormAStepDependsOnLeavesThatStepOutOfTheCount() {
        JourneyStep profile = new JourneyStep("profile", "form", "Profile", "", "profile", false, null, Map.of());
        JourneyStep ucas = new JourneyStep("ucas", "info", "UCAS help", "", null, true,
                new StepCondition("profile", "year", null), Map.of());
        JourneyDefinition journey = journey(profile, ucas, step("end"));

        JourneyEngine.Place place = JourneyEngine.place(journey, Set.of("profile"), NO_ANSWERS);

        assertThat(next(place)).isEqualTo("end");
        assertThat(List.of(place.position(), place.total(), place.done())).containsExactly(2, 2, 1);
    }

    @Test
    void aStepDoneBeforeSomeoneReachesItIsPassedOverAndCountsAsDone() {
        JourneyDefinition journey = journey(step("welcome"), step("get-matched"), step("survey"));

        JourneyEngine.Place matchedFirst = JourneyEngine.place(journey, Set.of("get-matched"), NO_ANSWERS);
        assertThat(next(matchedFirst)).isEqualTo("welcome");
        assertThat(List.of(matchedFirst.position(), matchedFirst.total(), matchedFirst.done())).containsExactly(1, 3, 1);

        JourneyEngine.Place afterWelcome = JourneyEngine.place(journey, Set.of("get-matched", "welcome"), NO_ANSWERS);
        assertThat(next(afterWelcome)).isEqualTo("survey");
        assertThat(List.of(afterWelcome.position(), afterWelcome.total(), afterWelcome.done())).containsExactly(3, 3, 2);
    }

    @Test
    void aJourneysProblemsArePointedOutByPath() {
        Function<String, Optional<StepType>> types = id -> CoreStepTypes.ALL.stream().filter(t -> t.id().equals(id)).findFirst();
        JourneyDefinition broken = new JourneyDefinition("nobody", "", List.of(
                new JourneyStep("profile", "form", "Profile", "", "missing-form", true, null, Map.of()),
                new JourneyStep("profile", "teleport", "Beam me up", "", null, true, null, Map.of()),
                new JourneyStep("consent", "consent", "", "", null, true, null, Map.of()),
                new JourneyStep("late", "info", "Late", "", null, true, new StepCondition("survey", "q", "x"), Map.of())));

        List<FieldError> problems = JourneyEngine.problemsWith(broken, types, "profile"::equals, "member"::equals);

        assertThat(problems).extracting(FieldError::field).containsExactly("role", "title", "steps[0].form", "steps[1].id",
                "steps[1].type", "steps[2].title", "steps[2].form", "steps[3].showWhen.form");
        assertThat(JourneyEngine.problemsWith(journey(step("a")), types, key -> true, "member"::equals)).isEmpty();
    }

    @Test
    void aPluginStepsOwnSettingsAreCheckedAsItDeclaresThem() {
        StepType booking = new StepType() {
            public String id() {
                return "zone-book-chat";
            }

            public String name() {
                return "Book a Chat";
            }

            public String description() {
                return "A teacher books a Chat for their class.";
            }

            public List<org.wayfinder.platform.spi.PluginSetting> settings() {
                return List.of(org.wayfinder.platform.spi.PluginSetting.integer("classSize", "Class size").withRange(1, 40).asRequired());
            }
        };
        Function<String, Optional<StepType>> types = id -> Optional.of(booking).filter(t -> t.id().equals(id));
        JourneyDefinition journey = new JourneyDefinition("member", "Teachers", List.of(
                new JourneyStep("book", "zone-book-chat", "Book", "", null, true, null, Map.of("classSize", "90")),
                new JourneyStep("again", "zone-book-chat", "Book again", "", null, true, null, Map.of())));

        List<FieldError> problems = JourneyEngine.problemsWith(journey, types, key -> true, "member"::equals);

        assertThat(problems).extracting(FieldError::field).containsExactly("steps[0].config.classSize", "steps[1].config.classSize");
        assertThat(problems).extracting(FieldError::message).containsExactly("Class size must be between 1 and 40.", "Class size is required.");
    }
}
