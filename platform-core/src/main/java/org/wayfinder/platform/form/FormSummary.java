package org.wayfinder.platform.form;

/**
 * A form as the list of forms shows it.
 *
 * @param key            its key
 * @param title          its title
 * @param currentVersion the published version's number, 0 if never published
 * @param hasDraft       whether there are unpublished changes
 * @param responses      how many responses it has had
 */
public record FormSummary(String key, String title, int currentVersion, boolean hasDraft, long responses) {
}
