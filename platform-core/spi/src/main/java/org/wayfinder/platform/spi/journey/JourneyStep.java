package org.wayfinder.platform.spi.journey;

import java.util.Map;

/**
 * One step of a journey, as data: which kind of step it is and how it is set up.
 *
 * @param id        unique within the journey and stable across versions: progress is kept by it, so a
 *                  step keeps its id when it is moved or edited
 * @param type      the id of its {@link StepType} ({@code form}, {@code info}, or a plugin's)
 * @param title     what the step is called in the journey
 * @param text      what the person reads on the step, as limited rich text; may be empty
 * @param form      for steps that ask a form, the form's key; null otherwise
 * @param required  whether the step must be done; an optional step can be skipped
 * @param showWhen  when the step applies; null for always
 * @param config    the step type's own settings, by key
 */
public record JourneyStep(String id, String type, String title, String text, String form, boolean required,
                          StepCondition showWhen, Map<String, String> config) {

    public JourneyStep {
        text = text == null ? "" : text;
        config = config == null ? Map.of() : Map.copyOf(config);
    }
}
