package org.wayfinder.platform.spi.form;

import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;

/**
 * One question of a form, as data.
 *
 * @param id          unique within the form and stable across its versions: answers are stored by it
 * @param type        the id of its {@link FieldType} ({@code short-text}, {@code rating}, or a plugin's)
 * @param label       the question as people read it
 * @param help        a hint shown with the question, may be empty
 * @param required    whether it must be answered (when shown)
 * @param options     the choices of a choice field, in order
 * @param validators  further rules its answer must keep
 * @param visibleWhen when it is shown; null for always
 * @param consentText for a consent field, the text people agree to
 * @param lowLabel    for a scale, what its lowest answer means ("Not at all useful"); null when not said
 * @param highLabel   for a scale, what its highest answer means ("Very useful"); null when not said
 */
public record FormField(String id, String type, String label, String help, boolean required, List<FieldOption> options,
                        List<FieldValidator> validators, FieldCondition visibleWhen, String consentText,
                        String lowLabel, String highLabel) {

    /** The constructor JSON is read with: two constructors leave JSON-B unable to choose. */
    @JsonbCreator
    public FormField {
        help = help == null ? "" : help;
        options = options == null ? List.of() : List.copyOf(options);
        validators = validators == null ? List.of() : List.copyOf(validators);
        lowLabel = lowLabel == null || lowLabel.isBlank() ? null : lowLabel;
        highLabel = highLabel == null || highLabel.isBlank() ? null : highLabel;
    }

    /** A question without labelled ends, as every question was before scales had them. */
    public FormField(String id, String type, String label, String help, boolean required, List<FieldOption> options,
                     List<FieldValidator> validators, FieldCondition visibleWhen, String consentText) {
        this(id, type, label, help, required, options, validators, visibleWhen, consentText, null, null);
    }
}
