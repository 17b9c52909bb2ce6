package org.wayfinder.platform.journey;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.plugin.PluginRegistry;
import org.wayfinder.platform.spi.Plugin;
import org.wayfinder.platform.spi.journey.StepType;

/**
 * The palette of journey steps: the core's, then those plugins add (CDI beans of {@link StepType}).
 * A plugin's step types start with its id, which is how {@link #offered} knows whose they are.
 */
@ApplicationScoped
public class StepTypes {

    @Inject
    @Any
    Instance<StepType> fromPlugins;

    @Inject
    PluginRegistry registry;

    @Inject
    PluginActivations activations;

    private Map<String, StepType> byId;

    @PostConstruct
    void collect() {
        List<StepType> all = new ArrayList<>(CoreStepTypes.ALL);
        fromPlugins.forEach(all::add);
        byId = new LinkedHashMap<>();
        for (StepType type : all) {
            StepType earlier = byId.putIfAbsent(type.id(), type);
            if (earlier != null) {
                throw new IllegalStateException("Two journey step types have the id \"" + type.id() + "\": "
                        + earlier.getClass().getName() + " and " + type.getClass().getName());
            }
        }
    }

    public Optional<StepType> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<StepType> all() {
        return List.copyOf(byId.values());
    }

    /** The step types the current programme can use: the core's, and those of its plugins switched on. */
    public List<StepType> offered() {
        return byId.values().stream().filter(this::isOffered).toList();
    }

    /** Whether the current programme can use this step type: false when its plugin is off here. */
    public boolean isOffered(StepType type) {
        return registry.plugins().stream().map(Plugin::id)
                .filter(id -> type.id().startsWith(id + "-"))
                .allMatch(activations::isEnabled);
    }
}
