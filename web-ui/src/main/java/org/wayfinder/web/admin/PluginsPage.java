package org.wayfinder.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.plugin.PluginRegistry;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Plugin;
import org.wayfinder.platform.spi.web.Messages;

/** The owner's list of installed plugins, each switched on or off for this programme. */
@Named
@RequestScoped
public class PluginsPage {

    @Inject
    Messages messages;

    @Inject
    PluginRegistry registry;

    @Inject
    PluginActivations activations;

    public List<Plugin> getPlugins() {
        return registry.plugins();
    }

    public boolean isEnabled(String pluginId) {
        return activations.isEnabled(pluginId);
    }

    public void enable(String pluginId) {
        try {
            activations.enable(pluginId);
            messages.info(name(pluginId) + " is switched on.");
        } catch (InvalidInputException refused) {
            messages.error(refused.getMessage());
        }
    }

    public void disable(String pluginId) {
        try {
            activations.disable(pluginId);
            messages.info(name(pluginId) + " is switched off. Its data is kept and comes back if you switch it on again.");
        } catch (InvalidInputException refused) {
            messages.error(refused.getMessage());
        }
    }

    private String name(String pluginId) {
        return registry.find(pluginId).map(Plugin::name).orElse(pluginId);
    }
}
