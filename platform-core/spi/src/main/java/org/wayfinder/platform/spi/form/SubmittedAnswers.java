package org.wayfinder.platform.spi.form;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What people answered in the programme's forms, for plugins that build on answers (a mentoring
 * profile is the answers to the programme's profile form). Plugins find the questions they care
 * about by their type in {@link Answered#form()}, so owners may word and order them freely.
 */
public interface SubmittedAnswers {

    /**
     * One person's answers to one version of a form.
     *
     * @param form        the version they answered
     * @param answers     their answers by question id: one value for most questions, several for a multiple choice
     * @param submittedAt when they sent them
     */
    record Answered(FormDefinition form, Map<String, List<String>> answers, Instant submittedAt) {

        /** The answers to every question of this type, together (usually there is one such question). */
        public List<String> ofType(String fieldType) {
            return form.fields().filter(field -> field.type().equals(fieldType))
                    .flatMap(field -> answers.getOrDefault(field.id(), List.of()).stream()).toList();
        }
    }

    /** The person's most recent answers to the form in the current programme; empty when they have not answered it. */
    Optional<Answered> latestAnswers(String formKey, String accountId);

    /**
     * Everyone's most recent answers to the form in the current programme, by account id, read
     * at once (for reports and matching over the whole programme, not one query per person).
     */
    Map<String, Answered> latestAnswersOfAll(String formKey);

    /**
     * Stores the signed-in person's answers to the published version of a form, checked as the form
     * says (an {@code InvalidInputException} names each answer that needs attention, by question id).
     */
    void submitAnswers(String formKey, Map<String, List<String>> answers);
}
