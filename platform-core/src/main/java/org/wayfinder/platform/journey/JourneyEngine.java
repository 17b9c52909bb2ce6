package org.wayfinder.platform.journey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.form.Answers;
import org.wayfinder.platform.spi.journey.JourneyDefinition;
import org.wayfinder.platform.spi.journey.JourneyStep;
import org.wayfinder.platform.spi.journey.StepCondition;
import org.wayfinder.platform.spi.journey.StepType;

/**
 * Where someone is in a journey. Progress is kept as the set of step ids they have done (or
 * skipped); where they are is worked out afresh from the journey as it is now. So when an owner
 * adds, removes or reorders steps, nobody is stranded: a removed step no longer counts, a new step
 * is waiting for them in its place, and a moved step keeps its "done".
 */
public final class JourneyEngine {

    /**
     * Someone's place in a journey. Steps are counted so that the count never grows as the person
     * moves on: a step that depends on an answer not given yet is counted, because it may apply;
     * once the answer is given it is counted only if it applies, so "Step 2 of 7" may become
     * "Step 3 of 6", never "Step 3 of 8".
     *
     * @param next     the first step that applies to them and is not done; empty when they have finished
     * @param position the number of that step among the steps counted (1 for the first)
     * @param total    how many steps are counted: those that apply, and those that may still apply
     * @param done     how many of those they have done
     */
    public record Place(Optional<JourneyStep> next, int position, int total, int done) {

        public boolean finished() {
            return next.isEmpty();
        }
    }

    private JourneyEngine() {
    }

    /**
     * @param journey the journey as published now
     * @param done    the ids of the steps the person has done or skipped
     * @param answers their latest answers to a form, by the form's key
     */
    public static Place place(JourneyDefinition journey, Set<String> done, Function<String, Answers> answers) {
        List<JourneyStep> counted = journey.steps().stream()
                .filter(step -> applies(step.showWhen(), answers) || undecided(step.showWhen(), journey, done, answers)).toList();
        int completed = (int) counted.stream().filter(step -> done.contains(step.id())).count();
        for (int i = 0; i < counted.size(); i++) {
            JourneyStep step = counted.get(i);
            if (!done.contains(step.id()) && applies(step.showWhen(), answers)) {
                return new Place(Optional.of(step), i + 1, counted.size(), completed);
            }
        }
        return new Place(Optional.empty(), counted.size(), counted.size(), completed);
    }

    /** The steps that apply to someone with these answers, in order. */
    public static List<JourneyStep> applicable(JourneyDefinition journey, Function<String, Answers> answers) {
        return journey.steps().stream().filter(step -> applies(step.showWhen(), answers)).toList();
    }

    /**
     * Whether the step's condition waits on an answer still to come: the person has not answered its
     * form at all, and a step asking that form is still ahead of them (skipping it decides: no).
     */
    private static boolean undecided(StepCondition condition, JourneyDefinition journey, Set<String> done,
                                     Function<String, Answers> answers) {
        return condition != null && answers.apply(condition.form()).values().isEmpty()
                && journey.steps().stream().anyMatch(step -> condition.form().equals(step.form()) && !done.contains(step.id()));
    }

    private static boolean applies(StepCondition condition, Function<String, Answers> answers) {
        if (condition == null) {
            return true;
        }
        List<String> given = answers.apply(condition.form()).of(condition.field());
        return condition.equals() == null || condition.equals().isBlank() ? !given.isEmpty() : given.contains(condition.equals());
    }

    /**
     * What is wrong with a journey's definition, each problem with its path ({@code steps[2].form}).
     *
     * @param stepTypes  how to look a step type up by id
     * @param formExists whether the programme has a published form with this key
     * @param roleExists whether this is a role people can hold here
     */
    public static List<FieldError> problemsWith(JourneyDefinition journey, Function<String, Optional<StepType>> stepTypes,
                                                Function<String, Boolean> formExists, Function<String, Boolean> roleExists) {
        List<FieldError> problems = new ArrayList<>();
        if (journey.role() == null || !roleExists.apply(journey.role())) {
            problems.add(new FieldError("role", "There is no role \"" + journey.role() + "\" here for a journey to be for."));
        }
        if (journey.title() == null || journey.title().isBlank() || journey.title().length() > 120) {
            problems.add(new FieldError("title", "Give the journey a title of 1 to 120 characters."));
        }
        Set<String> ids = new HashSet<>();
        Set<String> earlierForms = new HashSet<>();
        for (int i = 0; i < journey.steps().size(); i++) {
            JourneyStep step = journey.steps().get(i);
            String path = "steps[" + i + "]";
            if (step.id() == null || !step.id().matches("^[a-z][a-z0-9-]{0,59}$")) {
                problems.add(new FieldError(path + ".id", "A step's id is lower-case letters, digits and hyphens, starting with a letter."));
            } else if (!ids.add(step.id())) {
                problems.add(new FieldError(path + ".id", "Two steps have the id \"" + step.id() + "\"."));
            }
            if (step.title() == null || step.title().isBlank() || step.title().length() > 120) {
                problems.add(new FieldError(path + ".title", "Give the step a title of 1 to 120 characters."));
            }
            Optional<StepType> type = stepTypes.apply(step.type());
            if (type.isEmpty()) {
                problems.add(new FieldError(path + ".type", "There is no step type \"" + step.type() + "\"."));
            } else if (type.get().needsForm()) {
                if (step.form() == null || step.form().isBlank()) {
                    problems.add(new FieldError(path + ".form", "Choose the form this step asks."));
                } else if (!formExists.apply(step.form())) {
                    problems.add(new FieldError(path + ".form", "There is no published form \"" + step.form() + "\"."));
                }
            }
            if (type.isPresent()) {
                type.get().settings().forEach(setting -> setting.problemWith(step.config().get(setting.key()))
                        .ifPresent(problem -> problems.add(new FieldError(path + ".config." + setting.key(), problem))));
            }
            StepCondition condition = step.showWhen();
            if (condition != null && (condition.form() == null || !earlierForms.contains(condition.form()) || condition.field() == null)) {
                problems.add(new FieldError(path + ".showWhen.form",
                        "A step can only depend on an answer to a form asked by an earlier step, and no earlier step asks \"" + condition.form() + "\"."));
            }
            if (step.form() != null && type.isPresent() && type.get().needsForm()) {
                earlierForms.add(step.form());
            }
        }
        return problems;
    }
}
