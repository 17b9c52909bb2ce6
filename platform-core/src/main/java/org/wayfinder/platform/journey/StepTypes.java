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
import org.wayfinder.platform.spi.journey.StepType;

/** The palette of journey steps: the core's, then those plugins add (CDI beans of {@link StepType}). */
@ApplicationScoped
public class StepTypes {

    @Inject
    @Any
    Instance<StepType> fromPlugins;

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
}
