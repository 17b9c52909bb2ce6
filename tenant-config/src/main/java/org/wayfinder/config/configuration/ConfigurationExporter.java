package org.wayfinder.config.configuration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wayfinder.config.branding.BrandingChanges;
import org.wayfinder.config.branding.BrandingEditor;
import org.wayfinder.config.branding.Brandings;
import org.wayfinder.config.notice.NoticeEditor;
import org.wayfinder.config.notice.NoticeKind;
import org.wayfinder.platform.form.Forms;
import org.wayfinder.platform.journey.Journeys;
import org.wayfinder.platform.json.Json;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.plugin.PluginRegistry;
import org.wayfinder.platform.retention.Retention;
import org.wayfinder.platform.cache.ProgrammeCache;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.Plugin;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;

/** The current programme's configuration as one document, for its owner to keep or move elsewhere. */
@ApplicationScoped
@Transactional
public class ConfigurationExporter {

    @Inject
    BrandingEditor branding;

    @Inject
    Brandings brandings;

    @Inject
    Forms forms;

    @Inject
    NoticeEditor notices;

    @Inject
    Retention retention;

    @Inject
    Journeys journeys;

    @Inject
    PluginRegistry plugins;

    @Inject
    PluginActivations activations;

    @Inject
    ProgrammeCache cache;

    @Inject
    TenantContext tenantContext;

    /**
     * The configuration as it is now. All of it but the logo is held by the programme's cache
     * (every record it is made of renews the programme's scope when it changes); the logo, up to a
     * megabyte, is read on its own each time rather than held for each of thousands of programmes.
     */
    @RequiresRole({Roles.OWNER, Roles.OPERATOR})
    public TenantConfiguration export() {
        TenantConfiguration held = cache.get(Cache.programme(tenantContext.tenantId()), "configuration-export", this::read);
        TenantConfiguration.Logo logo = brandings.logo()
                .map(stored -> new TenantConfiguration.Logo(stored.contentType(), Base64.getEncoder().encodeToString(stored.bytes())))
                .orElse(null);
        if (logo == null) {
            return held;
        }
        TenantConfiguration.Branding look = held.branding();
        return new TenantConfiguration(held.schema(), held.formatVersion(),
                new TenantConfiguration.Branding(look.name(), look.description(), look.primaryColour(), look.accentColour(),
                        look.welcomeText(), look.footerLinks(), logo),
                held.forms(), held.journeys(), held.plugins(), held.notices(), held.retention());
    }

    /** The configuration without its logo. */
    private TenantConfiguration read() {
        BrandingChanges look = branding.current();
        TenantConfiguration.Branding brandingPart = new TenantConfiguration.Branding(look.name(), look.description(),
                look.primary(), look.accent(), look.welcomeText(),
                look.footerLinks().stream().map(link -> new TenantConfiguration.Link(link.label(), link.url())).toList(), null);
        List<TenantConfiguration.Plugin> pluginParts = new ArrayList<>();
        for (Plugin plugin : plugins.plugins()) {
            pluginParts.add(new TenantConfiguration.Plugin(plugin.id(), activations.isEnabled(plugin.id()),
                    Collections.unmodifiableMap(activations.settingsAsText(plugin.id()))));
        }
        String accessibility = notices.written(NoticeKind.ACCESSIBILITY).orElse(null);
        String privacy = notices.written(NoticeKind.PRIVACY).orElse(null);
        Map<String, Integer> periods = retention.amounts();
        return new TenantConfiguration(TenantConfiguration.SCHEMA, 1, brandingPart,
                List.copyOf(forms.allPublished()), List.copyOf(journeys.allPublished()),
                List.copyOf(pluginParts), accessibility == null && privacy == null ? null : new TenantConfiguration.Notices(accessibility, privacy),
                periods.isEmpty() ? null : Collections.unmodifiableMap(new TreeMap<>(periods)));
    }

    /** The export as indented JSON. */
    @RequiresRole({Roles.OWNER, Roles.OPERATOR})
    public String exportJson() {
        return Json.writePretty(export());
    }
}
