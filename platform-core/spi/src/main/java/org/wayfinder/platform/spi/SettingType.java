package org.wayfinder.platform.spi;

/** The kinds of value a plugin setting can hold; the admin console draws a matching input for each. */
public enum SettingType {
    TEXT,
    INTEGER,
    BOOLEAN,
    EMAIL,
    /** One of the setting's {@link PluginSetting#choices()}. */
    CHOICE
}
