package org.wayfinder.platform.journey;

/**
 * A role's journey as the list of journeys shows it.
 *
 * @param role           the role
 * @param title          the journey's title
 * @param currentVersion the published version's number, 0 if never published
 * @param hasDraft       whether there are unpublished changes
 * @param steps          how many steps the published version has
 */
public record JourneySummary(String role, String title, int currentVersion, boolean hasDraft, int steps) {
}
