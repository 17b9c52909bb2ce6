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
 * {@link Completion#BY_CODE} finish when the thing they ask for happens, never by the person saying
 * so. A plugin's step of that kind is finished in two ways, so that the order of events does not
 * matter: the plugin calls {@link JourneySteps#complete} when the thing happens (a match is made),
 * which records the step as done for good; and the platform asks {@link #isDone} whenever it works
 * out where someone stands, so a person whose thing happened before they reached the step (or
 * before an owner added the step) passes straight through it. Staff finish approvals.
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

    /**
     * What the journey page tells someone at a {@link Completion#BY_CODE} step that is not done yet,
     * in one sentence: "You will move on when you have a mentor." Null for the platform's general
     * wording.
     */
    default String waitingText() {
        return null;
    }

    /**
     * Whether the person has already done what a {@link Completion#BY_CODE} step of this type asks
     * (they have a mentor, their class has a Chat booked), asked in their programme whenever the
     * platform works out where they stand. While it says so the step counts as done even if it was
     * never recorded. It is a read, called often: keep it to one query, and never change anything.
     */
    default boolean isDone(String accountId) {
        return false;
    }

    /** Settings a step of this type takes beyond title, text and form, drawn in the editor like plugin settings. */
    default List<PluginSetting> settings() {
        return List.of();
    }
}
