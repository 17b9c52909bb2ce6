package org.wayfinder.platform.plugin;

import java.util.List;
import org.wayfinder.platform.spi.CacheScoped;
import org.wayfinder.platform.spi.Cache;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * One setting a tenant chose for a plugin, kept as text in a row of its own so that reports and
 * exports can read settings with plain SQL. Settings the tenant never chose have no row and take
 * the plugin's default.
 */
@Entity
@Table(name = "plugin_setting")
public class PluginSettingValue extends TenantOwned implements CacheScoped {

    @Column(name = "plugin_id", nullable = false, length = 40)
    private String pluginId;

    @Column(name = "setting_key", nullable = false, length = 80)
    private String key;

    @Column(name = "setting_value", length = 2000)
    private String value;

    protected PluginSettingValue() {
    }

    public PluginSettingValue(String pluginId, String key, String value) {
        this.pluginId = pluginId;
        this.key = key;
        this.value = value;
    }

    public String getPluginId() {
        return pluginId;
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

    /** Part of the programme's configuration, which pages read through the cache. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return tenantId == null ? List.of() : List.of(Cache.programme(tenantId));
    }
}
