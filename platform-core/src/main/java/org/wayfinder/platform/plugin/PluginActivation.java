package org.wayfinder.platform.plugin;

import java.util.List;
import org.wayfinder.platform.spi.CacheScoped;
import org.wayfinder.platform.spi.Cache;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

/** Whether one plugin is switched on for the tenant. No row means off. */
@Entity
@Table(name = "plugin_activation")
public class PluginActivation extends TenantOwned implements CacheScoped {

    @Column(name = "plugin_id", nullable = false, length = 40)
    private String pluginId;

    @Column(nullable = false)
    private boolean enabled;

    protected PluginActivation() {
    }

    public PluginActivation(String pluginId, boolean enabled) {
        this.pluginId = pluginId;
        this.enabled = enabled;
    }

    public String getPluginId() {
        return pluginId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Part of the programme's configuration, which pages read through the cache. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return tenantId == null ? List.of() : List.of(Cache.programme(tenantId));
    }
}
