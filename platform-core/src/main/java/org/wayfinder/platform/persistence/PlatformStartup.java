package org.wayfinder.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.wayfinder.platform.plugin.PluginRegistry;
import org.wayfinder.platform.spi.Plugin;

/**
 * What happens when the application starts, in this order: the installed plugins are checked (a
 * duplicate id or missing dependency stops the start here), the schema is migrated, and
 * {@link PlatformReady} is fired for one-off start-up work; then {@link SchemaState} says so, which
 * makes the instance ready for visitors. Any failure fails the deployment.
 *
 * <p>A startup singleton rather than a CDI observer of the application's initialisation, because
 * the application's data source is only bound once the module has started, after that event.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformStartup {

    public static final String CORE_CHANGELOG = "db/changelog/core.xml";

    @Inject
    Logger log;

    @Inject
    PluginRegistry plugins;

    @Inject
    @Any
    Instance<ModuleChangelog> modules;

    @Inject
    Event<PlatformReady> ready;

    @Inject
    SchemaState schema;

    @Resource(lookup = "java:app/jdbc/wayfinder")
    DataSource dataSource;

    @PostConstruct
    void start() {
        List<Plugin> installed = plugins.plugins();
        log.info(() -> "Installed plugins, in dependency order: "
                + (installed.isEmpty() ? "none" : String.join(", ", installed.stream().map(Plugin::id).toList())));
        new SchemaMigrator(dataSource, Thread.currentThread().getContextClassLoader())
                .migrate(changelogs(), () -> ready.fire(new PlatformReady()));
        schema.markCurrent();
    }

    /** Every changelog this installation migrates, in the order they are applied. */
    public List<String> changelogs() {
        List<String> changelogs = new ArrayList<>();
        changelogs.add(CORE_CHANGELOG);
        modules.stream().sorted(Comparator.comparingInt(ModuleChangelog::order)).map(ModuleChangelog::path)
                .forEach(changelogs::add);
        plugins.plugins().forEach(plugin -> plugin.changelog().ifPresent(changelogs::add));
        return changelogs;
    }
}
