package org.wayfinder.platform.spi;

/**
 * A page of a plugin that people open from the site's navigation, shown only where the plugin is
 * switched on and to people who hold the role. A staff role's links are listed on the admin and staff
 * pages; a link for one of the plugin's own roles (a mentee, a teacher) is an entry in the header of
 * everyone who holds that role, so they reach their work from any page. What needs them on the page
 * goes on their home page, through {@link org.wayfinder.platform.spi.web.HomePanels}.
 *
 * @param label       the link's text ("DBS checks", "Your mentoring")
 * @param path        the page, from the site's root ({@code /mentoring/vetting.xhtml})
 * @param description one sentence on what the page is for
 * @param role        who uses it, which is who the page itself lets in: {@link Roles#OWNER} (listed under Admin),
 *                    {@link Roles#MODERATOR} (listed under Staff, and for owners under Admin too) or one of the
 *                    plugin's {@link PluginRole}s (in the header)
 */
public record PluginLink(String label, String path, String description, String role) {
}
