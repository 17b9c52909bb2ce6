package org.wayfinder.config.configuration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wayfinder.config.branding.Branding;
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
import org.wayfinder.platform.spi.Plugin;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;

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

    @RequiresRole({Roles.OWNER, Roles.OPERATOR})
    public TenantConfiguration export() {
        BrandingChanges look = branding.current();
        Optional<Branding> stored = brandings.current();
        TenantConfiguration.Logo logo = stored.filter(Branding::hasLogo)
                .map(b -> new TenantConfiguration.Logo(b.getLogoContentType(), Base64.getEncoder().encodeToString(b.getLogo())))
                .orElse(null);
        TenantConfiguration.Branding brandingPart = new TenantConfiguration.Branding(look.name(), look.description(),
                look.primary(), look.accent(), look.welcomeText(),
                look.footerLinks().stream().map(link -> new TenantConfiguration.Link(link.label(), link.url())).toList(), logo);
        List<TenantConfiguration.Plugin> pluginParts = new ArrayList<>();
        for (Plugin plugin : plugins.plugins()) {
            pluginParts.add(new TenantConfiguration.Plugin(plugin.id(), activations.isEnabled(plugin.id()),
                    activations.settingsAsText(plugin.id())));
        }
        String accessibility = notices.written(NoticeKind.ACCESSIBILITY).orElse(null);
        String privacy = notices.written(NoticeKind.PRIVACY).orElse(null);
        Map<String, Integer> periods = retention.amounts();
        return new TenantConfiguration(TenantConfiguration.SCHEMA, 1, brandingPart,
                forms.allPublished(), journeys.allPublished(),
                pluginParts, accessibility == null && privacy == null ? null : new TenantConfiguration.Notices(accessibility, privacy),
                periods.isEmpty() ? null : periods);
    }

    /** The export as indented JSON. */
    @RequiresRole({Roles.OWNER, Roles.OPERATOR})
    public String exportJson() {
        return Json.writePretty(export());
    }
}
