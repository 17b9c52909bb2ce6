package org.wayfinder.platform.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.definition.Drafts;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.form.FieldType;
import org.wayfinder.platform.spi.form.FormDefinition;
import org.wayfinder.platform.spi.form.FormField;
import org.wayfinder.platform.spi.form.FormSection;

/** A form's drafts and versions, as {@link Forms} keeps them, under the form engine's rules. */
class FormPublishingTest {

    private static final Function<String, Optional<FieldType>> TYPES =
            id -> CoreFieldTypes.ALL.stream().filter(type -> type.id().equals(id)).findFirst();

    private final Drafts<FormDefinition> drafts = Forms.drafts(new FormEngine(TYPES)::problemsWith);

    private static FormDefinition form(String title, String fieldType) {
        return new FormDefinition("about-you", title, "", List.of(new FormSection("you", "You", List.of(
                new FormField("school", fieldType, "School", "", true, List.of(), List.of(), null, null)))));
    }

    @Test
    void aPublishedFormIsAVersionOfItsOwnThatTheNextDraftLeavesAlone() {
        Form form = new Form("about-you", "About you");
        drafts.save(form, form("About you", "short-text"));
        FormVersion first = drafts.publish(form, FormVersion::new);
        drafts.save(form, form("About you and your school", "long-text"));

        assertThat(first.getForm()).isSameAs(form);
        assertThat(first.getNumber()).isEqualTo(1);
        assertThat(drafts.definitionOf(first)).isEqualTo(form("About you", "short-text"));
        assertThat(form.getCurrentVersion()).isEqualTo(1);
        assertThat(form.getTitle()).isEqualTo("About you");
        assertThat(drafts.draft(form)).contains(form("About you and your school", "long-text"));

        FormVersion second = drafts.publish(form, FormVersion::new);
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(form.getTitle()).isEqualTo("About you and your school");
        assertThat(form.hasDraft()).isFalse();
    }

    @Test
    void aFormTheEngineRefusesIsNotSavedAndSaysWhereTheProblemIs() {
        Form form = new Form("about-you", "About you");

        assertThatThrownBy(() -> drafts.save(form, form("About you", "no-such-type")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::field).containsExactly("sections[0].fields[0].type"));
        assertThat(form.hasDraft()).isFalse();
    }
}
