package org.wayfinder.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.plugin.PluginRegistry;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Plugin;
import org.wayfinder.platform.spi.PluginSetting;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.web.Messages;

/**
 * One plugin's settings for this programme, as a form drawn from the settings the plugin declares:
 * no plugin needs a page of its own for them. Everything is checked before anything is saved, and
 * each problem is shown beside its setting.
 */
@Named
@ViewScoped
public class PluginSettingsPage implements Serializable {

    @Inject
    Messages messages;

    /** One setting on the form: its key and the text in its input. */
    public static class Row implements Serializable {
        private final String key;
        private String value;

        Row(String key, String value) {
            this.key = key;
            this.value = value;
        }

        public String getKey() {
            return key;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        /** Check boxes edit booleans; the text "true" or "false" is what is stored. */
        public boolean isChecked() {
            return "true".equals(value);
        }

        public void setChecked(boolean checked) {
            value = String.valueOf(checked);
        }
    }

    @Inject
    PluginRegistry registry;

    @Inject
    PluginActivations activations;

    private String pluginId;
    private transient Plugin plugin;
    private List<Row> rows;
    private Map<String, String> errors = new HashMap<>();

    /** Runs when the page opens: an unknown plugin id answers 404 like any missing record. */
    public void load() {
        if (rows == null) {
            Map<String, String> values = activations.settingsAsText(getPlugin().id());
            rows = new ArrayList<>();
            for (PluginSetting setting : getPlugin().settings()) {
                rows.add(new Row(setting.key(), values.get(setting.key())));
            }
        }
    }

    /** A setting's declaration, looked up again rather than kept, so the page's state stays small. */
    public PluginSetting setting(String key) {
        return getPlugin().settings().stream().filter(setting -> setting.key().equals(key)).findFirst().orElseThrow();
    }

    public void save() {
        Map<String, String> values = new LinkedHashMap<>();
        rows.forEach(row -> values.put(row.key, row.value));
        errors = new HashMap<>();
        try {
            activations.saveSettings(pluginId, values);
            messages.info("The settings of " + getPlugin().name() + " are saved.");
        } catch (InvalidInputException invalid) {
            for (FieldError error : invalid.errors()) {
                errors.merge(error.field(), error.message(), (first, second) -> first + " " + second);
            }
            messages.error(invalid.errors().size() == 1 ? "One setting needs changing before anything can be saved."
                    : invalid.errors().size() + " settings need changing before anything can be saved.");
        }
    }

    public String getPluginId() {
        return pluginId;
    }

    public void setPluginId(String pluginId) {
        this.pluginId = pluginId;
    }

    public Plugin getPlugin() {
        if (plugin == null) {
            plugin = registry.find(pluginId).orElseThrow(() -> new RecordNotFoundException("Plugin"));
        }
        return plugin;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Map<String, String> getErrors() {
        return errors;
    }
}
