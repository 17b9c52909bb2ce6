package org.wayfinder.web.plugin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.PluginLink;
import org.wayfinder.platform.spi.Roles;

/** The staff pages of the plugins switched on here (`#{pluginLinks.forRole('owner')}`), for the admin and staff pages. */
@Named
@RequestScoped
public class PluginLinks {

    @Inject
    PluginActivations plugins;

    @Inject
    CurrentUser currentUser;

    /**
     * Links for people with the role: owners see their own and the moderators' pages (they may
     * look, and may act where they are moderators too); moderators see theirs.
     */
    public List<PluginLink> forRole(String role) {
        if (!currentUser.hasRole(role)) {
            return List.of();
        }
        return plugins.enabledPlugins().stream().flatMap(plugin -> plugin.links().stream())
                .filter(link -> link.role().equals(role) || Roles.OWNER.equals(role) && Roles.MODERATOR.equals(link.role()))
                .toList();
    }
}
