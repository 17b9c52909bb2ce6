package org.wayfinder.platform.spi.journey;

/**
 * Port: finishing a plugin's journey steps when the thing they ask for happens. A plugin calls it
 * from its own service, in the transaction that did the thing (a match made, a Chat booked), so the
 * step is done exactly when the thing is; the person then stands at their next step on every page.
 *
 * <p>The plugin decides who has done the thing; this port only records it, for a person of the
 * programme the call runs in. People never call it: the step page refuses to finish
 * {@link StepType.Completion#BY_CODE} steps.
 */
public interface JourneySteps {

    /**
     * Records as done every step of this type in the person's journeys (those of the roles they hold
     * here) that applies to them and is not done yet, wherever they are in the journey; nothing when
     * they have no such step.
     *
     * @param accountId  the person, of the current programme
     * @param stepTypeId the plugin's step type ({@code mentoring-get-matched})
     */
    void complete(String accountId, String stepTypeId);
}
