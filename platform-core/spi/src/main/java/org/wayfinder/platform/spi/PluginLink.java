package org.wayfinder.platform.spi;

/**
 * A page of a plugin that staff open from the programme's admin and staff pages, shown only where
 * the plugin is switched on and to people who hold the role.
 *
 * @param label       the link's text ("DBS checks")
 * @param path        the page, from the site's root ({@code /mentoring/vetting.xhtml})
 * @param description one sentence on what the page is for
 * @param role        who uses it: {@link Roles#OWNER} (listed under Admin) or {@link Roles#MODERATOR} (listed under Staff, and
 *                    for owners under Admin too)
 */
public record PluginLink(String label, String path, String description, String role) {
}
