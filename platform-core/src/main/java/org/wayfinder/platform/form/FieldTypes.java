package org.wayfinder.platform.form;

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
import org.wayfinder.platform.spi.form.FieldType;

/**
 * Every question type forms can use: the core's, then those plugins add (CDI beans of
 * {@link FieldType}). A plugin type with a core type's id, or two with one id, stop the start.
 */
@ApplicationScoped
public class FieldTypes {

    @Inject
    @Any
    Instance<FieldType> fromPlugins;

    private Map<String, FieldType> byId;

    @PostConstruct
    void collect() {
        List<FieldType> all = new ArrayList<>(CoreFieldTypes.ALL);
        fromPlugins.forEach(all::add);
        byId = index(all);
    }

    static Map<String, FieldType> index(List<FieldType> types) {
        Map<String, FieldType> byId = new LinkedHashMap<>();
        for (FieldType type : types) {
            FieldType earlier = byId.putIfAbsent(type.id(), type);
            if (earlier != null) {
                throw new IllegalStateException("Two question types have the id \"" + type.id() + "\": "
                        + earlier.getClass().getName() + " and " + type.getClass().getName());
            }
        }
        return byId;
    }

    public Optional<FieldType> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<FieldType> all() {
        return List.copyOf(byId.values());
    }
}
