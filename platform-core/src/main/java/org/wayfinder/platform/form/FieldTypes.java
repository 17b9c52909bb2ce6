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
import java.util.Set;
import org.wayfinder.platform.spi.form.Answers;
import org.wayfinder.platform.spi.form.FieldOption;
import org.wayfinder.platform.spi.form.FieldType;
import org.wayfinder.platform.spi.form.FormDefinition;
import org.wayfinder.platform.spi.form.FormField;
import org.wayfinder.platform.spi.form.FormRules;

/**
 * Every question type forms can use: the core's, then those plugins add (CDI beans of
 * {@link FieldType}). A plugin type with a core type's id, or two with one id, stop the start.
 * Pages drawing a form reach the form engine's rules through it ({@link FormRules}).
 */
@ApplicationScoped
public class FieldTypes implements FormRules {

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

    @Override
    public Set<String> visible(FormDefinition form, Answers answers) {
        return engine().visible(form, answers);
    }

    @Override
    public FieldType typeOf(FormField field) {
        return engine().typeOf(field);
    }

    @Override
    public List<FieldOption> options(FormField field) {
        return engine().options(field);
    }

    private FormEngine engine() {
        return new FormEngine(this::find);
    }
}
