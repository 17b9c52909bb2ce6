package org.wayfinder.platform.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.form.Answers;
import org.wayfinder.platform.spi.form.FieldCondition;
import org.wayfinder.platform.spi.form.FieldOption;
import org.wayfinder.platform.spi.form.FieldType;
import org.wayfinder.platform.spi.form.FieldValidator;
import org.wayfinder.platform.spi.form.FormDefinition;
import org.wayfinder.platform.spi.form.FormField;
import org.wayfinder.platform.spi.form.FormSection;

class FormEngineTest {

    private final FormEngine engine = new FormEngine(id -> CoreFieldTypes.ALL.stream().filter(t -> t.id().equals(id))
            .map(t -> (FieldType) t).findFirst());

    private static FormField field(String id, String type, boolean required, FieldCondition when, FieldValidator... validators) {
        return new FormField(id, type, id + "?", "", required, List.of(), List.of(validators), when, null);
    }

    private static FormField choice(String id, String type, String... values) {
        return new FormField(id, type, id + "?", "", false,
                java.util.Arrays.stream(values).map(v -> new FieldOption(v, v.toUpperCase())).toList(), List.of(), null, null);
    }

    private static FormDefinition form(FormField... fields) {
        return new FormDefinition("profile", "Profile", "", List.of(new FormSection("main", "Main", List.of(fields))));
    }

    private static Answers answers(Map<String, List<String>> values) {
        return new Answers(values);
    }

    @Test
    void aFieldIsShownWhenTheFieldItDependsOnIsShownAndHasTheAnswer() {
        FormDefinition form = form(
                field("at-school", "yes-no", true, null),
                field("school", "short-text", true, new FieldCondition("at-school", "yes")),
                field("year", "number", false, new FieldCondition("school", null)));

        assertThat(engine.visible(form, Answers.none())).containsExactly("at-school");
        assertThat(engine.visible(form, answers(Map.of("at-school", List.of("no"))))).containsExactly("at-school");
        assertThat(engine.visible(form, answers(Map.of("at-school", List.of("yes"))))).containsExactlyInAnyOrder("at-school", "school");
        assertThat(engine.visible(form, answers(Map.of("at-school", List.of("yes"), "school", List.of("Bow School")))))
                .containsExactlyInAnyOrder("at-school", "school", "year");
        assertThat(engine.visible(form, answers(Map.of("at-school", List.of("no"), "school", List.of("Bow School")))))
                .as("a field whose own condition fails hides those that depend on it").containsExactly("at-school");
    }

    @Test
    void hiddenQuestionsAreNeitherRequiredNorKept() {
        FormDefinition form = form(field("at-school", "yes-no", true, null),
                field("school", "short-text", true, new FieldCondition("at-school", "yes")));

        assertThat(engine.check(form, answers(Map.of("at-school", List.of("no"))))).isEmpty();
        assertThat(engine.check(form, answers(Map.of("at-school", List.of("yes")))))
                .containsExactly(new FieldError("school", "Answer this question."));
        assertThat(engine.keep(form, answers(Map.of("at-school", List.of("no"), "school", List.of("left over")))).values())
                .containsOnlyKeys("at-school");
    }

    @Test
    void typesCheckTheirAnswers() {
        FormDefinition form = form(field("email", "email", false, null), field("phone", "phone", false, null),
                field("age", "number", false, null), field("start", "date", false, null), field("stars", "rating", false, null),
                field("nps", "recommend", false, null));

        List<FieldError> errors = engine.check(form, answers(Map.of("email", List.of("not an email"), "phone", List.of("call me"),
                "age", List.of("sixteen"), "start", List.of("31/02/2026"), "stars", List.of("6"), "nps", List.of("11"))));

        assertThat(errors).extracting(FieldError::field).containsExactly("email", "phone", "age", "start", "stars", "nps");
        assertThat(engine.check(form, answers(Map.of("email", List.of("sam@school.example"), "phone", List.of("020 7946 0000"),
                "age", List.of("16"), "start", List.of("2026-09-01"), "stars", List.of("5"), "nps", List.of("0"))))).isEmpty();
    }

    @Test
    void validatorsCheckLengthRangePatternAndEmail() {
        FormDefinition form = form(
                field("name", "short-text", false, null, FieldValidator.length(2, 5)),
                field("hours", "number", false, null, FieldValidator.range(1.0, 40.0)),
                field("code", "short-text", false, null, FieldValidator.pattern("[A-Z]{2}[0-9]{4}", "Use two capitals and four digits.")),
                field("contact", "short-text", false, null, new FieldValidator(FieldValidator.EMAIL, null, null, null, null)));

        assertThat(engine.check(form, answers(Map.of("name", List.of("A"), "hours", List.of("41"), "code", List.of("ab1234"),
                "contact", List.of("nobody"))))).containsExactly(
                new FieldError("name", "Write at least 2 characters."),
                new FieldError("hours", "Enter a number from 1 to 40."),
                new FieldError("code", "Use two capitals and four digits."),
                new FieldError("contact", "Enter an email address like name@example.org."));
        assertThat(engine.check(form, answers(Map.of("name", List.of("Jo"), "hours", List.of("40"), "code", List.of("AB1234"),
                "contact", List.of("jo@school.example"))))).isEmpty();
        assertThat(engine.check(form, answers(Map.of("name", List.of("Joanna"))))).containsExactly(new FieldError("name", "Keep this to 5 characters."));
    }

    @Test
    void choicesMustBeAmongTheOptionsAndOnlyMultipleChoiceTakesSeveral() {
        FormDefinition form = form(choice("area", "single-choice", "nursing", "medicine"),
                choice("support", "multiple-choice", "ucas", "interview", "statement"), choice("borough", "dropdown", "hackney", "newham"));

        assertThat(engine.check(form, answers(Map.of("area", List.of("nursing", "medicine"), "support", List.of("ucas", "cooking"),
                "borough", List.of("camden"))))).extracting(FieldError::message)
                .containsExactly("Give one answer.", "Choose from the options given.", "Choose from the options given.");
        assertThat(engine.check(form, answers(Map.of("area", List.of("nursing"), "support", List.of("ucas", "statement"),
                "borough", List.of("newham"))))).isEmpty();
    }

    @Test
    void aRequiredConsentMustBeTicked() {
        FormDefinition form = form(new FormField("consent", "consent", "Safeguarding", "", true, List.of(), List.of(), null,
                "I agree to keep all contact on the platform."));

        assertThat(engine.check(form, Answers.none())).containsExactly(new FieldError("consent", "Tick the box to agree, or you cannot go on."));
        assertThat(engine.check(form, answers(Map.of("consent", List.of("maybe"))))).extracting(FieldError::message)
                .containsExactly("Tick the box to agree.");
        assertThat(engine.check(form, answers(Map.of("consent", List.of(Answers.AGREED))))).isEmpty();
    }

    @Test
    void aDefinitionsProblemsArePointedOutByPath() {
        FormDefinition broken = new FormDefinition("Bad Key", "", "", List.of(
                new FormSection("main", "Main", List.of(
                        field("name", "short-text", true, new FieldCondition("later", null)),
                        field("name", "no-such-type", false, null),
                        new FormField("area", "single-choice", "Area?", "", false, List.of(), List.of(), null, null),
                        new FormField("consent", "consent", "Consent", "", true, List.of(), List.of(), null, ""),
                        field("code", "short-text", false, null, FieldValidator.pattern("[unclosed", null), FieldValidator.length(9, 2)),
                        field("later", "short-text", false, null))),
                new FormSection("main", "Again", List.of())));

        assertThat(engine.problemsWith(broken)).extracting(FieldError::field).containsExactly(
                "key", "title",
                "sections[0].fields[0].visibleWhen.field",
                "sections[0].fields[1].id", "sections[0].fields[1].type",
                "sections[0].fields[2].options",
                "sections[0].fields[3].consentText",
                "sections[0].fields[4].validators[0].pattern", "sections[0].fields[4].validators[1].min",
                "sections[1].id");
        assertThat(engine.problemsWith(form(field("ok", "short-text", true, null)))).isEmpty();
    }
}
