package org.wayfinder.platform.plugin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wayfinder.platform.spi.Plugin;
import org.wayfinder.platform.spi.PluginRole;

/**
 * The plugins this build contains, found by CDI: every bean implementing {@link Plugin}. They are
 * checked and ordered once, when the registry is created ({@link PluginCatalog});
 * {@code PlatformStartup} uses the registry before anything else, so a bad set of plugins stops the
 * start.
 */
@ApplicationScoped
public class PluginRegistry {

    @Inject
    @Any
    Instance<Plugin> discovered;

    private PluginCatalog catalog;

    @PostConstruct
    void discover() {
        List<Plugin> plugins = new ArrayList<>();
        discovered.forEach(plugins::add);
        catalog = PluginCatalog.of(plugins);
    }

    /** Installed plugins in dependency order. */
    public List<Plugin> plugins() {
        return catalog.plugins();
    }

    public Optional<Plugin> find(String id) {
        return plugins().stream().filter(plugin -> plugin.id().equals(id)).findFirst();
    }

    /** Every role the installed plugins add. */
    public List<PluginRole> roles() {
        return plugins().stream().flatMap(plugin -> plugin.roles().stream()).toList();
    }
}
