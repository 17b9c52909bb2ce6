package org.wayfinder.platform.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

/** Whether one plugin is switched on for the tenant. No row means off. */
@Entity
@Table(name = "plugin_activation")
public class PluginActivation extends TenantOwned {

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
}
