package org.wayfinder.web.plugin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.PluginLink;
import org.wayfinder.platform.spi.Roles;

/**
 * The pages of the plugins switched on here: staff pages for the admin and staff pages
 * ({@code #{pluginLinks.forRole('owner')}}), and the pages of plugins' own roles for the header
 * ({@link #forNavigation()}).
 */
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

    /**
     * The pages of plugins' own roles (a mentee's mentoring, a teacher's school) that the signed-in
     * person holds, once each, in the plugins' order: the header's entries. Staff pages are reached
     * through Admin and Staff instead.
     */
    public List<PluginLink> forNavigation() {
        Map<String, PluginLink> byPath = new LinkedHashMap<>();
        plugins.enabledPlugins().stream().flatMap(plugin -> plugin.links().stream())
                .filter(link -> !Roles.OWNER.equals(link.role()) && !Roles.MODERATOR.equals(link.role()) && currentUser.hasRole(link.role()))
                .forEach(link -> byPath.putIfAbsent(link.path(), link));
        return List.copyOf(byPath.values());
    }
}
