package org.wayfinder.config.configuration;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.Map;
import org.wayfinder.platform.spi.form.FormDefinition;
import org.wayfinder.platform.spi.journey.JourneyDefinition;

/**
 * A programme's whole configuration as one document (see {@code schemas/tenant-configuration.schema.json}):
 * what an owner exports and imports, and what the templates new programmes start from are made of.
 * It holds no people and no answers.
 *
 * @param schema        where the schema is published
 * @param formatVersion always 1
 * @param branding      name, colours, texts, links and logo
 * @param forms         published forms
 * @param journeys      published journeys
 * @param plugins       which plugins are on, with their settings
 * @param notices       the notices the owner wrote; null (or a notice left out) where the template is shown
 * @param retention     the retention periods set, by rule key, in the rule's unit; a rule left out keeps its period on import, null turns it off
 */
public record TenantConfiguration(@JsonbProperty("$schema") String schema, int formatVersion, Branding branding,
                                  List<FormDefinition> forms, List<JourneyDefinition> journeys, List<Plugin> plugins,
                                  Notices notices, Map<String, Integer> retention) {

    public static final String SCHEMA = "/schemas/tenant-configuration.schema.json";

    public TenantConfiguration {
        forms = forms == null ? List.of() : List.copyOf(forms);
        journeys = journeys == null ? List.of() : List.copyOf(journeys);
        plugins = plugins == null ? List.of() : List.copyOf(plugins);
    }

    /**
     * @param name          the programme's name
     * @param description   one line under it
     * @param primaryColour #rrggbb
     * @param accentColour  #rrggbb
     * @param welcomeText   limited rich text
     * @param footerLinks   footer links in order
     * @param logo          the logo, or null to keep the current one
     */
    public record Branding(String name, String description, String primaryColour, String accentColour, String welcomeText,
                           List<Link> footerLinks, Logo logo) {

        public Branding {
            footerLinks = footerLinks == null ? List.of() : List.copyOf(footerLinks);
        }
    }

    /**
     * @param label what the link says
     * @param url   where it goes
     */
    public record Link(String label, String url) {
    }

    /**
     * @param contentType image/png, image/jpeg or image/webp
     * @param data        the image in Base64
     */
    public record Logo(String contentType, String data) {
    }

    /**
     * The notices in the programme's own words, in {@code NoticeText}'s plain format.
     *
     * @param accessibility the accessibility statement, or null for the template
     * @param privacy       the privacy notice, or null for the template
     */
    public record Notices(String accessibility, String privacy) {
    }

    /**
     * @param id       the plugin's id
     * @param enabled  whether it is switched on
     * @param settings its settings as text, by key; those left out take the plugin's default
     */
    public record Plugin(String id, boolean enabled, Map<String, String> settings) {

        public Plugin {
            settings = settings == null ? Map.of() : settings;
        }
    }
}
