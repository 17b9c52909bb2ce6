package org.wayfinder.config.configuration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.wayfinder.config.branding.Branding;
import org.wayfinder.config.branding.BrandingChanges;
import org.wayfinder.config.branding.BrandingEditor;
import org.wayfinder.config.branding.Brandings;
import org.wayfinder.config.branding.LogoCheck;
import org.wayfinder.config.notice.NoticeEditor;
import org.wayfinder.config.notice.NoticeKind;
import org.wayfinder.config.notice.NoticeText;
import org.wayfinder.platform.form.FormEngine;
import org.wayfinder.platform.form.Forms;
import org.wayfinder.platform.journey.JourneyEngine;
import org.wayfinder.platform.journey.Journeys;
import org.wayfinder.platform.journey.StepTypes;
import org.wayfinder.platform.json.JsonLimits;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.plugin.PluginRegistry;
import org.wayfinder.platform.retention.Retention;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.Plugin;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.form.FormDefinition;
import org.wayfinder.platform.spi.audit.AuditTrail;
import org.wayfinder.platform.spi.journey.JourneyDefinition;

/**
 * Applies a configuration document to the current programme, all or nothing.
 *
 * <p>A document is checked in three rounds, each reporting every problem with the JSON path of the
 * value it is about: is it JSON; does it fit the published schema; does it make sense here (forms
 * and journeys are sound, journeys name forms and step types that exist, plugins exist and their
 * settings are valid, colours pass the contrast check). A document with any problem changes nothing.
 * A dry run says what would change; applying does it in one transaction.
 *
 * <p>Importing adds and replaces, it never deletes: forms and journeys the document does not mention
 * stay as they are, a document without a logo keeps the current one, and a notice the document
 * leaves out keeps the programme's (its own text, or the template).
 */
@ApplicationScoped
@Transactional
public class ConfigurationImporter {

    static final JsonSchema SCHEMA = JsonSchema.load("schemas/tenant-configuration.schema.json");

    /** The audit trail's action for an import applied; the branding and plugin changes it makes are recorded as well. */
    public static final String IMPORTED = "configuration.imported";

    @Inject
    AuditTrail audit;

    @Inject
    BrandingEditor brandingEditor;

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
    StepTypes stepTypes;

    @Inject
    PluginRegistry plugins;

    @Inject
    PluginActivations activations;

    /** Checks a document and says what importing it would change, changing nothing. */
    @RequiresRole(Roles.OWNER)
    public ImportReport dryRun(String json) {
        Checked checked = check(json);
        return new ImportReport(checked.problems, checked.problems.isEmpty() ? changes(checked.document) : List.of(), false);
    }

    /** Checks a document and, if it has no problems, applies all of it; otherwise changes nothing. */
    @RequiresRole(Roles.OWNER)
    public ImportReport apply(String json) {
        Checked checked = check(json);
        if (!checked.problems.isEmpty()) {
            return new ImportReport(checked.problems, List.of(), false);
        }
        List<String> changes = changes(checked.document);
        write(checked.document);
        audit.record(IMPORTED, "configuration", null, changes.isEmpty() ? "nothing changed" : String.join("; ", changes));
        return new ImportReport(List.of(), changes, true);
    }

    private record Checked(TenantConfiguration document, List<FieldError> problems) {
    }

    Checked check(String json) {
        if (json != null && json.length() > JsonLimits.MAX_BYTES) {
            return new Checked(null, List.of(new FieldError("$", JsonLimits.tooLargeMessage())));
        }
        if (json != null && JsonLimits.tooDeep(json)) {
            return new Checked(null, List.of(new FieldError("$", JsonLimits.tooDeepMessage())));
        }
        JsonValue tree;
        try {
            tree = Json.createReader(new StringReader(json == null ? "" : json)).readValue();
        } catch (JsonParsingException e) {
            return new Checked(null, List.of(new FieldError("$", "This is not JSON: " + e.getMessage()
                    + " (line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ").")));
        } catch (JsonException e) {
            return new Checked(null, List.of(new FieldError("$", "This is not JSON: " + e.getMessage())));
        }
        List<FieldError> problems = SCHEMA.check(tree);
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        TenantConfiguration document;
        try {
            document = org.wayfinder.platform.json.Json.read(json, TenantConfiguration.class);
        } catch (JsonbException e) {
            return new Checked(null, List.of(new FieldError("$", "The document could not be read: " + e.getMessage())));
        }
        return new Checked(document, sense(document));
    }

    private List<FieldError> sense(TenantConfiguration document) {
        List<FieldError> problems = new ArrayList<>();
        TenantConfiguration.Branding look = document.branding();
        brandingEditor.problemsWith(changes(look, "")).forEach(problem -> problems.add(
                new FieldError("$.branding." + brandingPath(problem.field()), problem.message())));
        if (look.logo() != null) {
            try {
                LogoCheck.check(Base64.getDecoder().decode(look.logo().data()));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldError("$.branding.logo.data", "is not Base64"));
            } catch (LogoCheck.Refused refused) {
                problems.add(new FieldError("$.branding.logo.data", refused.getMessage()));
            }
        }
        noticeTexts(document).forEach((kind, text) -> notices.problemsWith(kind, text).forEach(problem ->
                problems.add(new FieldError("$.notices." + kind.key(), problem.message()))));
        retention.problemsWith(periods(document)).forEach(problem ->
                problems.add(new FieldError("$.retention." + problem.field(), problem.message())));
        FormEngine engine = forms.engine();
        Set<String> formKeys = new HashSet<>();
        for (int i = 0; i < document.forms().size(); i++) {
            FormDefinition form = document.forms().get(i);
            String path = "$.forms[" + i + "]";
            if (!formKeys.add(form.key())) {
                problems.add(new FieldError(path + ".key", "Two forms have the key \"" + form.key() + "\"."));
            }
            engine.problemsWith(form).forEach(problem -> problems.add(new FieldError(path + "." + problem.field(), problem.message())));
        }
        Set<String> roles = new HashSet<>();
        for (int i = 0; i < document.journeys().size(); i++) {
            JourneyDefinition journey = document.journeys().get(i);
            String path = "$.journeys[" + i + "]";
            if (!roles.add(journey.role())) {
                problems.add(new FieldError(path + ".role", "Two journeys are for the role \"" + journey.role() + "\"."));
            }
            JourneyEngine.problemsWith(journey, stepTypes::find, key -> formKeys.contains(key) || forms.published(key).isPresent(),
                            journeys.roles()::contains)
                    .forEach(problem -> problems.add(new FieldError(path + "." + problem.field(), problem.message())));
        }
        Set<String> pluginIds = new HashSet<>();
        Map<String, Boolean> enabled = new HashMap<>();
        for (TenantConfiguration.Plugin plugin : document.plugins()) {
            enabled.put(plugin.id(), plugin.enabled());
        }
        for (int i = 0; i < document.plugins().size(); i++) {
            TenantConfiguration.Plugin entry = document.plugins().get(i);
            String path = "$.plugins[" + i + "]";
            Optional<Plugin> plugin = plugins.find(entry.id());
            if (plugin.isEmpty()) {
                problems.add(new FieldError(path + ".id", "There is no plugin \"" + entry.id() + "\" on this platform."));
                continue;
            }
            if (!pluginIds.add(entry.id())) {
                problems.add(new FieldError(path + ".id", "The plugin \"" + entry.id() + "\" is listed twice."));
            }
            for (String dependency : plugin.get().dependencies()) {
                boolean on = enabled.getOrDefault(dependency, activations.isEnabled(dependency));
                if (entry.enabled() && !on) {
                    problems.add(new FieldError(path + ".enabled", plugin.get().name() + " needs the plugin \"" + dependency + "\" switched on."));
                }
            }
            activations.problemsWith(entry.id(), entry.settings()).forEach(problem ->
                    problems.add(new FieldError(path + ".settings." + problem.field(), problem.message())));
        }
        return problems;
    }

    private List<String> changes(TenantConfiguration document) {
        List<String> changes = new ArrayList<>();
        BrandingChanges current = brandingEditor.current();
        TenantConfiguration.Branding look = document.branding();
        describe(changes, "name", current.name(), look.name());
        describe(changes, "description", current.description(), text(look.description()));
        describe(changes, "primary colour", current.primary(), look.primaryColour().toLowerCase());
        describe(changes, "accent colour", current.accent(), look.accentColour().toLowerCase());
        if (!Objects.equals(current.welcomeText(), org.wayfinder.config.branding.RichText.clean(look.welcomeText()))) {
            changes.add("Branding: the welcome text changes.");
        }
        if (!current.footerLinks().equals(changes(look, "").footerLinks())) {
            changes.add("Branding: the footer links change to " + look.footerLinks().size() + " link(s).");
        }
        if (look.logo() != null) {
            byte[] logo = Base64.getDecoder().decode(look.logo().data());
            boolean same = brandings.current().filter(Branding::hasLogo).map(b -> Arrays.equals(b.getLogo(), logo)).orElse(false);
            if (!same) {
                changes.add("Branding: the logo is replaced.");
            }
        }
        noticeTexts(document).forEach((kind, text) -> {
            if (!notices.written(kind).equals(Optional.of(NoticeText.normalise(text)))) {
                changes.add("The " + kind.title().toLowerCase(java.util.Locale.ROOT) + " is replaced by the document's.");
            }
        });
        if (!periods(document).isEmpty()) {
            changes.addAll(retention.changesFrom(periods(document)));
        }
        for (FormDefinition form : document.forms()) {
            Optional<FormDefinition> published = forms.published(form.key());
            if (published.isEmpty()) {
                changes.add("Form \"" + form.title() + "\" (" + form.key() + ") is added.");
            } else if (!published.get().equals(form)) {
                changes.add("Form \"" + form.title() + "\" (" + form.key() + ") gets a new version; earlier answers stay readable.");
            }
        }
        for (JourneyDefinition journey : document.journeys()) {
            Optional<JourneyDefinition> published = journeys.published(journey.role());
            if (published.isEmpty()) {
                changes.add("Journey for " + journey.role() + " is added with " + journey.steps().size() + " step(s).");
            } else if (!published.get().equals(journey)) {
                changes.add("Journey for " + journey.role() + " gets a new version with " + journey.steps().size()
                        + " step(s); people on it continue from where they are.");
            }
        }
        for (TenantConfiguration.Plugin entry : document.plugins()) {
            String name = plugins.find(entry.id()).map(Plugin::name).orElse(entry.id());
            if (entry.enabled() != activations.isEnabled(entry.id())) {
                changes.add("Plugin " + name + " is switched " + (entry.enabled() ? "on" : "off") + ".");
            }
            Map<String, String> now = activations.settingsAsText(entry.id());
            entry.settings().forEach((key, value) -> {
                if (!Objects.equals(text(now.get(key)), text(value))) {
                    changes.add("Plugin " + name + ": setting " + key + " changes from \"" + text(now.get(key)) + "\" to \"" + text(value) + "\".");
                }
            });
        }
        if (changes.isEmpty()) {
            changes.add("Nothing changes: the programme is already configured like this.");
        }
        return changes;
    }

    private void write(TenantConfiguration document) {
        TenantConfiguration.Branding look = document.branding();
        brandingEditor.save(changes(look, brandingEditor.current().customDomain()));
        if (look.logo() != null) {
            brandingEditor.uploadLogo(Base64.getDecoder().decode(look.logo().data()));
        }
        noticeTexts(document).forEach(notices::save);
        if (!periods(document).isEmpty()) {
            retention.set(periods(document));
        }
        document.forms().forEach(forms::publishDefinition);
        document.journeys().forEach(journeys::publishDefinition);
        Map<String, TenantConfiguration.Plugin> entries = new HashMap<>();
        document.plugins().forEach(entry -> entries.put(entry.id(), entry));
        List<Plugin> ordered = plugins.plugins();
        for (int i = ordered.size() - 1; i >= 0; i--) {
            TenantConfiguration.Plugin entry = entries.get(ordered.get(i).id());
            if (entry != null && !entry.enabled() && activations.isEnabled(entry.id())) {
                activations.disable(entry.id());
            }
        }
        for (Plugin plugin : ordered) {
            TenantConfiguration.Plugin entry = entries.get(plugin.id());
            if (entry != null) {
                if (entry.enabled() && !activations.isEnabled(entry.id())) {
                    activations.enable(entry.id());
                }
                activations.saveSettings(entry.id(), entry.settings());
            }
        }
    }

    /** The retention periods a document carries, by rule key, as text (null: keep the records); none when it has none. */
    private static Map<String, String> periods(TenantConfiguration document) {
        Map<String, String> periods = new HashMap<>();
        if (document.retention() != null) {
            document.retention().forEach((key, amount) -> periods.put(key, amount == null ? null : amount.toString()));
        }
        return periods;
    }

    /** The notices a document carries, by kind; those it leaves out or gives as null are not there. */
    private static Map<NoticeKind, String> noticeTexts(TenantConfiguration document) {
        Map<NoticeKind, String> texts = new java.util.EnumMap<>(NoticeKind.class);
        if (document.notices() != null) {
            if (document.notices().accessibility() != null) {
                texts.put(NoticeKind.ACCESSIBILITY, document.notices().accessibility());
            }
            if (document.notices().privacy() != null) {
                texts.put(NoticeKind.PRIVACY, document.notices().privacy());
            }
        }
        return texts;
    }

    private static BrandingChanges changes(TenantConfiguration.Branding look, String customDomain) {
        return new BrandingChanges(look.name(), text(look.description()), look.primaryColour(), look.accentColour(),
                text(look.welcomeText()), look.footerLinks().stream().map(link -> new BrandingChanges.Link(link.label(), link.url())).toList(),
                customDomain);
    }

    private static String brandingPath(String field) {
        return switch (field) {
            case "primary" -> "primaryColour";
            case "accent" -> "accentColour";
            default -> field;
        };
    }

    private static void describe(List<String> changes, String what, String before, String after) {
        if (!Objects.equals(text(before), text(after))) {
            changes.add("Branding: the " + what + " changes from \"" + text(before) + "\" to \"" + text(after) + "\".");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
