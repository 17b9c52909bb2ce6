package org.wayfinder.platform.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.wayfinder.platform.audit.AuditEntries;
import org.wayfinder.platform.cache.ProgrammeCache;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Plugin;
import org.wayfinder.platform.spi.PluginSetting;
import org.wayfinder.platform.spi.PluginSettings;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;

/**
 * Which plugins the current tenant has switched on, and with which settings. Stored in the
 * database, so every instance sees a change at once.
 */
@ApplicationScoped
public class PluginActivations extends Repository<PluginActivation> implements ProgrammePlugins {

    @Inject
    PluginRegistry registry;

    @Inject
    ProgrammeCache cache;

    @Inject
    TenantContext tenantContext;

    /** The audit trail's actions: a plugin switched on or off, its settings changed. */
    public static final String PLUGIN_SWITCHED = "plugin.switched";
    public static final String SETTINGS_CHANGED = "plugin.settings";

    @Inject
    AuditEntries audit;

    public PluginActivations() {
        super(PluginActivation.class);
    }

    @Override
    public boolean isEnabled(String pluginId) {
        return enabledIds().contains(pluginId);
    }

    /** The installed plugins this tenant has switched on, in dependency order. */
    public List<Plugin> enabledPlugins() {
        List<String> enabled = enabledIds();
        return registry.plugins().stream().filter(plugin -> enabled.contains(plugin.id())).toList();
    }

    /** The ids of the plugins switched on, read through the programme's cache: every page asks. */
    private List<String> enabledIds() {
        return cache.get(Cache.programme(tenantContext.tenantId()), "plugins:enabled", () ->
                query("SELECT a FROM PluginActivation a WHERE a.enabled = true").getResultList().stream()
                        .map(PluginActivation::getPluginId).toList());
    }

    /** Switches a plugin on; the plugins it depends on must be on already. */
    @RequiresRole(Roles.OWNER)
    public void enable(String pluginId) {
        Plugin plugin = installed(pluginId);
        List<String> missing = plugin.dependencies().stream().filter(dependency -> !isEnabled(dependency)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("plugin", "Switch on " + names(missing) + " first: " + plugin.name() + " needs it.");
        }
        Optional<PluginActivation> activation = activation(pluginId);
        if (activation.isPresent() && activation.get().isEnabled()) {
            return;
        }
        activation.ifPresentOrElse(a -> a.setEnabled(true), () -> add(new PluginActivation(pluginId, true)));
        audit.recordChange(PLUGIN_SWITCHED, "plugin", pluginId, "off", "on");
    }

    /** Switches a plugin off; plugins that depend on it must be off already. Its data is kept. */
    @RequiresRole(Roles.OWNER)
    public void disable(String pluginId) {
        Plugin plugin = installed(pluginId);
        List<String> dependents = enabledPlugins().stream().filter(other -> other.dependencies().contains(pluginId))
                .map(Plugin::id).sorted().toList();
        if (!dependents.isEmpty()) {
            throw new InvalidInputException("plugin", "Switch off " + names(dependents) + " first: it needs " + plugin.name() + ".");
        }
        activation(pluginId).filter(PluginActivation::isEnabled).ifPresent(a -> {
            a.setEnabled(false);
            audit.recordChange(PLUGIN_SWITCHED, "plugin", pluginId, "on", "off");
        });
    }

    /** The tenant's settings for a plugin, typed, with the plugin's defaults for any it has not chosen. */
    @Override
    public PluginSettings settings(String pluginId) {
        Plugin plugin = installed(pluginId);
        Map<String, String> stored = storedValues(pluginId);
        Map<String, Object> values = new HashMap<>();
        for (PluginSetting setting : plugin.settings()) {
            String raw = stored.containsKey(setting.key()) ? stored.get(setting.key()) : setting.defaultValue();
            values.put(setting.key(), setting.problemWith(raw).isEmpty() ? setting.parse(raw) : setting.parse(setting.defaultValue()));
        }
        return new PluginSettings(values);
    }

    /** The settings as text, as an editing form shows them. */
    public Map<String, String> settingsAsText(String pluginId) {
        Plugin plugin = installed(pluginId);
        Map<String, String> stored = storedValues(pluginId);
        Map<String, String> values = new LinkedHashMap<>();
        for (PluginSetting setting : plugin.settings()) {
            values.put(setting.key(), stored.getOrDefault(setting.key(), setting.defaultValue()));
        }
        return values;
    }

    /**
     * What is wrong with these settings for a plugin, each problem by setting key; empty when they
     * can be saved. Settings left out take the plugin's default; a setting the plugin has retired is
     * ignored.
     */
    public List<FieldError> problemsWith(String pluginId, Map<String, String> raw) {
        Plugin plugin = installed(pluginId);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> parsed = new HashMap<>();
        for (String key : raw.keySet()) {
            if (plugin.settings().stream().noneMatch(setting -> setting.key().equals(key)) && !plugin.retiredSettings().contains(key)) {
                errors.add(new FieldError(key, plugin.name() + " has no setting \"" + key + "\"."));
            }
        }
        for (PluginSetting setting : plugin.settings()) {
            String value = raw.containsKey(setting.key()) ? raw.get(setting.key()) : setting.defaultValue();
            Optional<String> problem = setting.problemWith(value);
            problem.ifPresentOrElse(message -> errors.add(new FieldError(setting.key(), message)),
                    () -> parsed.put(setting.key(), setting.parse(value)));
        }
        if (errors.isEmpty()) {
            errors.addAll(plugin.validateSettings(parsed));
        }
        return errors;
    }

    /**
     * Validates every setting and the plugin's own cross-setting rules, then saves them all; or,
     * if anything is wrong, saves nothing and reports every problem.
     */
    @RequiresRole(Roles.OWNER)
    public PluginSettings saveSettings(String pluginId, Map<String, String> raw) {
        Plugin plugin = installed(pluginId);
        List<FieldError> errors = problemsWith(pluginId, raw);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, String> before = settingsAsText(pluginId);
        Map<String, PluginSettingValue> rows = new HashMap<>();
        settingRows(pluginId).forEach(row -> rows.put(row.getKey(), row));
        Map<String, Object> parsed = new HashMap<>();
        for (PluginSetting setting : plugin.settings()) {
            String value = raw.containsKey(setting.key()) ? raw.get(setting.key()) : setting.defaultValue();
            String text = value == null ? null : value.strip();
            parsed.put(setting.key(), setting.parse(text));
            PluginSettingValue row = rows.get(setting.key());
            if (row == null) {
                em().persist(new PluginSettingValue(pluginId, setting.key(), text));
            } else {
                row.setValue(text);
            }
        }
        recordChanges(pluginId, before, settingsAsText(pluginId));
        return new PluginSettings(parsed);
    }

    /** Puts the settings that changed in the audit trail, one {@code key: value} line each, before and after. */
    private void recordChanges(String pluginId, Map<String, String> before, Map<String, String> after) {
        StringBuilder was = new StringBuilder();
        StringBuilder now = new StringBuilder();
        after.forEach((key, value) -> {
            String old = before.get(key);
            if (!Objects.equals(old, value)) {
                was.append(key).append(": ").append(old == null ? "" : old).append('\n');
                now.append(key).append(": ").append(value == null ? "" : value).append('\n');
            }
        });
        if (!now.isEmpty()) {
            audit.recordChange(SETTINGS_CHANGED, "plugin", pluginId, was.toString().strip(), now.toString().strip());
        }
    }

    private Plugin installed(String pluginId) {
        return registry.find(pluginId).orElseThrow(() -> new RecordNotFoundException("Plugin"));
    }

    private Optional<PluginActivation> activation(String pluginId) {
        return query("SELECT a FROM PluginActivation a WHERE a.pluginId = :plugin").setParameter("plugin", pluginId)
                .getResultStream().findFirst();
    }

    private List<PluginSettingValue> settingRows(String pluginId) {
        return em().createQuery("SELECT s FROM PluginSettingValue s WHERE s.pluginId = :plugin", PluginSettingValue.class)
                .setParameter("plugin", pluginId).getResultList();
    }

    /** The settings stored for a plugin (a value may be null), read through the programme's cache. */
    private Map<String, String> storedValues(String pluginId) {
        return cache.get(Cache.programme(tenantContext.tenantId()), "plugins:settings:" + pluginId, () -> {
            Map<String, String> values = new HashMap<>();
            settingRows(pluginId).forEach(row -> values.put(row.getKey(), row.getValue()));
            return Collections.unmodifiableMap(values);
        });
    }

    private String names(List<String> pluginIds) {
        return String.join(", ", pluginIds.stream()
                .map(id -> registry.find(id).map(Plugin::name).orElse(id)).toList());
    }
}
