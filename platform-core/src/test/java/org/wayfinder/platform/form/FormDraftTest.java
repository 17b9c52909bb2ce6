package org.wayfinder.platform.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.json.Json;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.form.FieldCondition;
import org.wayfinder.platform.spi.form.FieldOption;
import org.wayfinder.platform.spi.form.FieldType;
import org.wayfinder.platform.spi.form.FieldValidator;
import org.wayfinder.platform.spi.form.FormDefinition;
import org.wayfinder.platform.spi.form.FormField;
import org.wayfinder.platform.spi.form.FormSection;
import org.wayfinder.platform.form.FormDraft.Choice;
import org.wayfinder.platform.form.FormDraft.Question;
import org.wayfinder.platform.form.FormDraft.Section;

class FormDraftTest {

    private static final Function<String, Optional<FieldType>> TYPES =
            id -> CoreFieldTypes.ALL.stream().filter(type -> type.id().equals(id)).findFirst();

    private static final FormDefinition ABOUT_YOU = new FormDefinition("about-you", "About you", "So we can match you.", List.of(
            new FormSection("school", "Your school", List.of(
                    new FormField("school", "short-text", "School or college", "The full name", true, List.of(),
                            List.of(FieldValidator.length(2, 120), FieldValidator.pattern("^[A-Za-z ]+$", "Letters only")), null, null),
                    new FormField("year-group", "dropdown", "Year group", "", true,
                            List.of(new FieldOption("year-12", "Year 12"), new FieldOption("other", "Something else")), List.of(), null, null),
                    new FormField("year-other", "short-text", "What are you studying?", "", true, List.of(), List.of(),
                            new FieldCondition("year-group", "other"), null))),
            new FormSection("more", "More", List.of(
                    new FormField("age", "number", "Age", "", false, List.of(), List.of(FieldValidator.range(16.0, 19.5)), null, null),
                    new FormField("contact", "yes-no", "May we contact you?", "", true, List.of(), List.of(), null, null),
                    new FormField("address", "short-text", "Your email", "", true, List.of(),
                            List.of(new FieldValidator(FieldValidator.EMAIL, null, null, null, null)), new FieldCondition("contact", "yes"), null),
                    new FormField("photos", "consent", "Photos", "", true, List.of(), List.of(), null, "We may take photos.")))));

    @Test
    void aStoredDefinitionComesBackUnchanged() {
        FormDraft draft = FormDraft.of(ABOUT_YOU, Set.of("school"));

        assertThat(draft.toDefinition(TYPES)).isEqualTo(ABOUT_YOU);
        assertThat(draft.problems(TYPES)).isEmpty();
        assertThat(draft.questions()).extracting(Question::isPublished).containsExactly(true, false, false, false, false, false, false);
    }

    @Test
    void aScaleKeepsItsLabelledEndsAndOtherTypesDoNotTakeThem() {
        FormDefinition feedback = new FormDefinition("feedback", "Feedback", "", List.of(new FormSection("feedback", "", List.of(
                new FormField("useful", "rating", "How useful was it?", "", true, List.of(), List.of(), null, null,
                        "Not at all useful", "Very useful")))));
        FormDraft draft = FormDraft.of(feedback, Set.of());
        assertThat(draft.toDefinition(TYPES)).isEqualTo(feedback);

        Question useful = draft.questions().get(0);
        useful.setLowLabel("  ");
        assertThat(draft.toDefinition(TYPES).field("useful").orElseThrow().lowLabel()).as("a blank end is no label").isNull();
        useful.setType("short-text");
        FormField text = draft.toDefinition(TYPES).field("useful").orElseThrow();
        assertThat(text.highLabel()).as("a text question has no ends").isNull();
        useful.setType("rating");
        assertThat(draft.toDefinition(TYPES).field("useful").orElseThrow().highLabel()).as("kept for a change back").isEqualTo("Very useful");
    }

    @Test
    void aQuestionStoredBeforeScalesHadEndsReadsWithoutThemAndIsWrittenAsBefore() {
        String stored = "{\"id\":\"useful\",\"type\":\"rating\",\"label\":\"How useful?\",\"required\":true}";
        FormField field = Json.read(stored, FormField.class);
        assertThat(field.lowLabel()).isNull();
        assertThat(field.highLabel()).isNull();
        assertThat(Json.write(field)).doesNotContain("lowLabel").doesNotContain("highLabel");
        assertThat(Json.read(Json.write(
                new FormField("useful", "rating", "How useful?", "", true, List.of(), List.of(), null, null, "Not at all", "Very")), FormField.class))
                .extracting(FormField::lowLabel, FormField::highLabel).containsExactly("Not at all", "Very");
    }

    @Test
    void aNewQuestionsIdComesFromItsLabelAndAvoidsIdsEarlierVersionsUsed() {
        FormDraft draft = FormDraft.of(ABOUT_YOU, Set.of("school", "name"));
        Section more = draft.getSections().get(1);
        draft.addQuestion(more.getRef(), "short-text", "Name");
        draft.addQuestion(more.getRef(), "short-text", "Year group");
        draft.addQuestion(more.getRef(), "long-text", "");

        List<String> ids = draft.toDefinition(TYPES).fields().map(FormField::id).toList();

        assertThat(ids).endsWith("name-2", "year-group-2", "question");
    }

    @Test
    void aSavedQuestionKeepsItsIdWhenItsLabelChanges() {
        FormDraft draft = FormDraft.of(ABOUT_YOU, Set.of("school"));
        Question added = draft.addQuestion(draft.getSections().get(0).getRef(), "short-text", "Your subject");
        assertThat(draft.toDefinition(TYPES).field("your-subject")).isPresent();
        added.setLabel("Favourite subject");
        assertThat(draft.toDefinition(TYPES).field("favourite-subject")).as("not saved yet: the id follows the label").isPresent();

        draft.keepIds(draft.toDefinition(TYPES));
        added.setLabel("Best subject");
        draft.questions().get(0).setLabel("Which school?");

        FormDefinition definition = draft.toDefinition(TYPES);
        assertThat(definition.field("favourite-subject")).map(FormField::label).contains("Best subject");
        assertThat(definition.field("school")).map(FormField::label).contains("Which school?");
    }

    @Test
    void aPublishedQuestionKeepsItsType() {
        FormDraft draft = FormDraft.of(ABOUT_YOU, Set.of("school"));
        Question school = draft.questions().get(0);
        Question yearOther = draft.questions().get(2);

        school.setType("number");
        yearOther.setType("long-text");

        assertThat(school.getType()).isEqualTo("short-text");
        assertThat(yearOther.getType()).isEqualTo("long-text");
    }

    @Test
    void aConditionFollowsTheOptionItNamesUntilTheOptionIsSaved() {
        FormDraft draft = FormDraft.of(ABOUT_YOU, Set.of());
        Section section = draft.getSections().get(0);
        Question mentor = draft.addQuestion(section.getRef(), "single-choice", "Would you like a mentor?");
        Choice yes = draft.addChoice(mentor.getRef());
        yes.setLabel("Yes please");
        draft.addChoice(mentor.getRef()).setLabel("No");
        Question when = draft.addQuestion(section.getRef(), "short-text", "When are you free?");
        when.setShownAfter(mentor.getRef());
        when.setShownWhen(yes.getRef());

        assertThat(draft.toDefinition(TYPES).field("when-are-you-free")).map(FormField::visibleWhen)
                .contains(new FieldCondition("would-you-like-a-mentor", "yes-please"));
        yes.setLabel("Yes");
        assertThat(draft.toDefinition(TYPES).field("when-are-you-free")).map(FormField::visibleWhen)
                .contains(new FieldCondition("would-you-like-a-mentor", "yes"));
        draft.keepIds(draft.toDefinition(TYPES));
        yes.setLabel("Yes, I would");
        assertThat(draft.toDefinition(TYPES).field("when-are-you-free")).map(FormField::visibleWhen)
                .contains(new FieldCondition("would-you-like-a-mentor", "yes"));
        assertThat(new FormEngine(TYPES).problemsWith(draft.toDefinition(TYPES))).isEmpty();
    }

    @Test
    void removingTheOptionAConditionNamesIsAProblemAtThatQuestion() {
        FormDraft draft = FormDraft.of(ABOUT_YOU, Set.of());
        Question yearGroup = draft.questions().get(1);
        draft.removeChoice(yearGroup.getRef(), yearGroup.getChoices().get(1).getRef());

        List<FieldError> problems = draft.problems(TYPES);

        assertThat(problems).extracting(FieldError::field).containsExactly("sections[0].fields[2].visibleWhen.equals");
        assertThat(FormDraft.place(problems.get(0).field(), draft.toDefinition(TYPES))).isEqualTo("0.2.visibleWhen");
    }

    @Test
    void removingAQuestionShowsTheQuestionsThatDependedOnItAlways() {
        FormDraft draft = FormDraft.of(ABOUT_YOU, Set.of());

        List<Question> released = draft.removeQuestion(draft.questions().get(4).getRef());

        assertThat(released).extracting(Question::getLabel).containsExactly("Your email");
        assertThat(draft.toDefinition(TYPES).field("address")).map(FormField::visibleWhen).isEmpty();
        assertThat(draft.removeSection(draft.getSections().get(0).getRef())).isEmpty();
        assertThat(draft.toDefinition(TYPES).fields().map(FormField::id)).containsExactly("age", "address", "photos");
    }

    @Test
    void questionsMoveWithinTheirSectionAndAcrossItsEdges() {
        FormDraft draft = FormDraft.of(ABOUT_YOU, Set.of());
        List<Question> questions = draft.questions();
        Question school = questions.get(0);
        Question yearOther = questions.get(2);
        Question photos = questions.get(6);

        assertThat(draft.moveQuestion(school.getRef(), -1)).as("first of the form").isFalse();
        assertThat(draft.moveQuestion(photos.getRef(), 1)).as("last of the form").isFalse();
        assertThat(draft.moveQuestion(school.getRef(), 1)).isTrue();
        assertThat(draft.moveQuestion(yearOther.getRef(), 1)).as("into the next section").isTrue();

        assertThat(ids(draft.toDefinition(TYPES).sections().get(0))).containsExactly("year-group", "school");
        assertThat(ids(draft.toDefinition(TYPES).sections().get(1))).containsExactly("year-other", "age", "contact", "address", "photos");
        assertThat(draft.moveQuestion(yearOther.getRef(), -1)).as("back to the end of the section above").isTrue();
        assertThat(ids(draft.toDefinition(TYPES).sections().get(0))).containsExactly("year-group", "school", "year-other");
    }

    @Test
    void sectionsAndOptionsMoveUpAndDown() {
        FormDraft draft = FormDraft.of(ABOUT_YOU, Set.of());
        Question yearGroup = draft.questions().get(1);

        assertThat(draft.moveSection(draft.getSections().get(1).getRef(), -1)).isTrue();
        assertThat(draft.moveSection(draft.getSections().get(1).getRef(), 1)).isFalse();
        assertThat(draft.moveChoice(yearGroup.getRef(), yearGroup.getChoices().get(1).getRef(), -1)).isTrue();

        FormDefinition definition = draft.toDefinition(TYPES);
        assertThat(definition.sections()).extracting(FormSection::id).containsExactly("more", "school");
        assertThat(definition.field("year-group").orElseThrow().options()).extracting(FieldOption::value).containsExactly("other", "year-12");
    }

    @Test
    void aQuestionMovedAboveTheOneItDependsOnStillOffersItAndTheEngineSaysWhy() {
        FormDraft draft = FormDraft.of(ABOUT_YOU, Set.of());
        Question yearOther = draft.questions().get(2);
        draft.moveQuestion(yearOther.getRef(), -1);
        draft.moveQuestion(yearOther.getRef(), -1);

        assertThat(draft.candidatesFor(yearOther)).extracting(Question::getLabel).containsExactly("Year group");
        FormDefinition definition = draft.toDefinition(TYPES);
        List<FieldError> problems = new FormEngine(TYPES).problemsWith(definition);
        assertThat(problems).extracting(FieldError::field).containsExactly("sections[0].fields[0].visibleWhen.field");
        assertThat(FormDraft.place(problems.get(0).field(), definition)).isEqualTo("0.0.visibleWhen");
    }

    @Test
    void rulesAreKeptAsTypedAndNumbersThatAreNotNumbersAreProblems() {
        FormDraft draft = FormDraft.of(ABOUT_YOU, Set.of());
        Question school = draft.questions().get(0);
        school.setMinLength("ten");
        Question age = draft.questions().get(3);
        age.setMaxValue("19,5");

        List<FieldError> problems = draft.problems(TYPES);
        FormDefinition definition = draft.toDefinition(TYPES);

        assertThat(school.getMinLength()).isEqualTo("ten");
        assertThat(problems).extracting(problem -> FormDraft.place(problem.field(), definition)).containsExactly("0.0.length", "1.0.range");
        assertThat(definition.field("school").orElseThrow().validators().get(0)).isEqualTo(FieldValidator.length(null, 120));
    }

    @Test
    void enginePathsArePlacedWhereTheBuilderShowsThem() {
        FormDraft draft = FormDraft.of(ABOUT_YOU, Set.of());
        Section section = draft.getSections().get(0);
        draft.addQuestion(section.getRef(), "single-choice", "Pick one");
        Question school = draft.questions().get(0);
        school.setMinLength("50");
        school.setMaxLength("5");
        school.setPattern("([a-z");
        draft.questions().get(7).setConsentText(" ");
        draft.setTitle("");

        FormDefinition definition = draft.toDefinition(TYPES);
        List<String> places = new FormEngine(TYPES).problemsWith(definition).stream()
                .map(problem -> FormDraft.place(problem.field(), definition)).toList();

        assertThat(places).containsExactlyInAnyOrder("title", "0.0.length", "0.0.pattern", "0.3.options", "1.3.consentText");
        assertThat(FormDraft.place("sections", definition)).isEqualTo("form");
        assertThat(FormDraft.place("sections[1].id", definition)).isEqualTo("1.section");
        assertThat(FormDraft.place("sections[0].fields[1].options[1].value", definition)).isEqualTo("0.1.choice.1");
        assertThat(FormDraft.place("sections[0].fields[1].id", definition)).isEqualTo("0.1.question");
    }

    @Test
    void aNewFormHasOneShortTextQuestionTheEngineAccepts() {
        FormDefinition form = FormDraft.newForm("placement-feedback", "Placement feedback", "Where was your placement?");

        assertThat(form.fields()).singleElement().satisfies(field -> {
            assertThat(field.id()).isEqualTo("where-was-your-placement");
            assertThat(field.type()).isEqualTo("short-text");
        });
        assertThat(new FormEngine(TYPES).problemsWith(form)).isEmpty();
    }

    private static List<String> ids(FormSection section) {
        return section.fields().stream().map(FormField::id).toList();
    }
}
