package org.wayfinder.platform.spi.journey;

import java.util.List;
import org.wayfinder.platform.spi.PluginSetting;

/**
 * A kind of journey step. The core provides form, consent, information page and wait-for-approval;
 * a plugin adds its own ("choose interests", "get matched", "book a Chat") by making a CDI bean of
 * this interface, with a page of its own where people do the step.
 *
 * <p>How a step is done decides how it is finished: core steps of kind {@link Completion#ON_PAGE}
 * finish when the person completes them on the platform's step page; steps of kind
 * {@link Completion#BY_CODE} finish when the plugin (or staff, for an approval) says so through
 * {@code JourneyProgress.complete}.
 */
public interface StepType {

    enum Completion { ON_PAGE, BY_CODE }

    /** Lower-case letters, digits and hyphens; a plugin's step types start with the plugin id. */
    String id();

    /** What the journey editor's palette calls it. */
    String name();

    /** One sentence for owners on what the step does. */
    String description();

    /** Whether the step asks one of the programme's forms (chosen in the editor). */
    default boolean needsForm() {
        return false;
    }

    default Completion completion() {
        return Completion.ON_PAGE;
    }

    /**
     * The page where people do a step of this type, for plugin steps; the platform's own step page
     * when null.
     */
    default String page() {
        return null;
    }

    /** Settings a step of this type takes beyond title, text and form, drawn in the editor like plugin settings. */
    default List<PluginSetting> settings() {
        return List.of();
    }
}
