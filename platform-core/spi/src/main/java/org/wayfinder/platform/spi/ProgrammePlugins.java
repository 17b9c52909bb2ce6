package org.wayfinder.platform.spi;

/**
 * Which plugins the current programme has switched on, and the settings its owners gave each:
 * how a plugin reads its own settings ({@code settings(MentoringPlugin.ID).integer(...)}) and
 * checks another plugin it works with.
 */
public interface ProgrammePlugins {

    /** Whether the plugin is switched on for the current programme. */
    boolean isEnabled(String pluginId);

    /** The plugin's settings for the current programme, each its default until an owner changed it. */
    PluginSettings settings(String pluginId);
}
