package org.wayfinder.platform.spi;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A tenant's settings for one plugin, already validated and typed, with the plugin's defaults
 * filled in for anything the tenant has not chosen.
 */
public record PluginSettings(Map<String, Object> values) {

    public PluginSettings {
        values = Collections.unmodifiableMap(new HashMap<>(values));
    }

    public String text(String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }

    public Integer integer(String key) {
        return (Integer) values.get(key);
    }

    public boolean flag(String key) {
        return Boolean.TRUE.equals(values.get(key));
    }
}
