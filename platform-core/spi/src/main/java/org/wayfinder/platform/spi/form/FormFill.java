package org.wayfinder.platform.spi.form;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wayfinder.platform.spi.FieldError;

/**
 * A form being filled in on a page: what has been typed so far, which questions show, and what is
 * wrong with each answer. Drawn by {@code /WEB-INF/includes/form-fields.xhtml}; used wherever a form
 * is answered or previewed, so every form looks and behaves the same.
 *
 * <p>It keeps the definition as JSON so that it can live in a view-scoped bean and move with the
 * session.
 */
public class FormFill implements Serializable {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private final String definitionJson;
    private final Map<String, String> single = new HashMap<>();
    private final Map<String, Object> multiple = new HashMap<>();
    private final Map<String, Boolean> agreed = new HashMap<>();
    private final Map<String, String> errors = new HashMap<>();
    private transient FormDefinition definition;

    public FormFill(FormDefinition definition, Answers earlier) {
        this.definitionJson = JSON.toJson(definition);
        this.definition = definition;
        definition.fields().forEach(field -> {
            List<String> given = earlier.of(field.id());
            switch (widget(field)) {
                case "CHECKBOXES" -> multiple.put(field.id(), new ArrayList<>(given));
                case "CONSENT" -> agreed.put(field.id(), given.contains(Answers.AGREED));
                default -> single.put(field.id(), given.isEmpty() ? null : given.get(0));
            }
        });
    }

    public FormDefinition getDefinition() {
        if (definition == null) {
            definition = JSON.fromJson(definitionJson, FormDefinition.class);
        }
        return definition;
    }

    /** The answers as typed, in the shape the form engine checks and stores. */
    public Answers answers() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        getDefinition().fields().forEach(field -> {
            switch (widget(field)) {
                case "CHECKBOXES" -> values.put(field.id(), chosen(multiple.get(field.id())));
                case "CONSENT" -> values.put(field.id(), Boolean.TRUE.equals(agreed.get(field.id())) ? List.of(Answers.AGREED) : List.of());
                default -> {
                    String value = single.get(field.id());
                    values.put(field.id(), value == null ? List.of() : List.of(value));
                }
            }
        });
        return new Answers(values);
    }

    /** Whether a question shows, given what has been typed so far. */
    public boolean visible(String fieldId) {
        return engine().visible(getDefinition(), answers()).contains(fieldId);
    }

    /** The questions other questions depend on: changing one of them redraws the form. */
    public boolean controls(String fieldId) {
        Set<String> controlling = new HashSet<>();
        getDefinition().fields().forEach(field -> {
            if (field.visibleWhen() != null) {
                controlling.add(field.visibleWhen().field());
            }
        });
        return controlling.contains(fieldId);
    }

    /** How a question is drawn: the name of its {@link FieldWidget}, plus EMAIL and PHONE for the keyboard to offer. */
    public String widget(FormField field) {
        FieldWidget widget = engine().typeOf(field).widget();
        if (widget == FieldWidget.TEXT && ("email".equals(field.type()) || "phone".equals(field.type()))) {
            return field.type().toUpperCase();
        }
        return widget.name();
    }

    public List<FieldOption> options(FormField field) {
        return engine().options(field);
    }

    /** Shows each problem beside its question; problems about no question are returned. */
    public List<FieldError> show(List<FieldError> problems) {
        errors.clear();
        List<FieldError> elsewhere = new ArrayList<>();
        for (FieldError problem : problems) {
            if (getDefinition().field(problem.field()).isPresent()) {
                errors.put(problem.field(), problem.message());
            } else {
                elsewhere.add(problem);
            }
        }
        return elsewhere;
    }

    public Map<String, String> getSingle() {
        return single;
    }

    /**
     * What was ticked: Faces hands a map entry the submitted values as an array, since it cannot
     * see the list type through the map.
     */
    private static List<String> chosen(Object ticked) {
        if (ticked instanceof String[] array) {
            return List.of(array);
        }
        if (ticked instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    public Map<String, Object> getMultiple() {
        return multiple;
    }

    public Map<String, Boolean> getAgreed() {
        return agreed;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    /** The programme's rules for forms, from the core: a form being filled lives in a view and cannot hold a bean. */
    private static FormRules engine() {
        return CDI.current().select(FormRules.class).get();
    }
}
