package org.wayfinder.platform.spi.journey;

/**
 * When a journey step applies: only when the person's answer to a question of an earlier form
 * matches. A step that does not apply is left out of their journey and of their step count; until
 * the form is answered (or skipped) the step is counted, because it may apply, so the count only
 * ever gets smaller as the person moves on.
 *
 * @param form   the key of the form asked earlier in the journey
 * @param field  the id of the question in that form
 * @param equals the answer (or one of the answers) that makes the step apply; null for any answer
 */
public record StepCondition(String form, String field, String equals) {
}
