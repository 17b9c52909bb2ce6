package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wayfinder.config.branding.BrandingChanges;
import org.wayfinder.config.branding.BrandingEditor;
import org.wayfinder.config.branding.Brandings;
import org.wayfinder.config.configuration.ConfigurationExporter;
import org.wayfinder.config.configuration.ConfigurationImporter;
import org.wayfinder.config.configuration.ImportReport;
import org.wayfinder.config.configuration.TenantConfiguration;
import org.wayfinder.platform.form.Forms;
import org.wayfinder.platform.journey.Journeys;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.spi.form.FormDefinition;
import org.wayfinder.platform.spi.journey.JourneyDefinition;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * Programme owners configuring their programme: the services in the container, and the pages over
 * HTTP (methods marked {@code @RunAsClient}), with the wrong-role and cross-tenant cases.
 */
@ExtendWith(ArquillianExtension.class)
class ConfigurationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    TenantDirectory tenants;

    @Inject
    Tenancy tenancy;

    @Inject
    CurrentUser currentUser;

    @Inject
    BrandingEditor branding;

    @Inject
    Brandings brandings;

    @Inject
    ConfigurationImporter importer;

    @Inject
    ConfigurationExporter exporter;

    @Inject
    Forms forms;

    @Inject
    Journeys journeys;

    // ---- Branding, in the container ---------------------------------------------------------------

    @Test
    void theBrandingEditorReportsEveryProblemAtOnceAndSavesNothing() {
        TenantRef tenant = newTenant();
        BrandingChanges before = asOwner(tenant, () -> branding.current());
        BrandingChanges bad = new BrandingChanges("", "x".repeat(201), "#66aaff", "blue", "<p>Hi</p>",
                List.of(new BrandingChanges.Link("", "https://nhs.uk"), new BrandingChanges.Link("Evil", "javascript:alert(1)")),
                "not a domain");

        assertThatThrownBy(() -> asOwner(tenant, () -> {
            branding.save(bad);
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class, invalid -> {
            assertThat(invalid.errors()).extracting(FieldError::field)
                    .containsExactlyInAnyOrder("name", "description", "primary", "accent", "footerLinks", "footerLinks", "customDomain");
            assertThat(invalid.errors()).filteredOn(e -> e.field().equals("primary")).singleElement()
                    .satisfies(e -> assertThat(e.message()).contains("2.4:1").contains("4.5:1").containsPattern("nearest shade that passes is #[0-9a-f]{6}"));
        });
        assertThat(asOwner(tenant, () -> branding.current())).isEqualTo(before);
    }

    @Test
    void welcomeTextIsCleanedAndColoursAreStoredAsTyped() {
        TenantRef tenant = newTenant();
        asOwner(tenant, () -> {
            branding.save(new BrandingChanges("Trust careers", "Careers in our trust", "#8A1538", "#005eb8",
                    "<p onclick=\"x()\">Hello <strong>there</strong><script>alert(1)</script></p>",
                    List.of(new BrandingChanges.Link("Privacy", "https://trust.example/privacy"),
                            new BrandingChanges.Link("Contact", "mailto:careers@trust.example")), ""));
            return null;
        });

        BrandingChanges saved = asOwner(tenant, () -> branding.current());
        assertThat(saved.name()).isEqualTo("Trust careers");
        assertThat(saved.primary()).isEqualTo("#8a1538");
        assertThat(saved.welcomeText()).isEqualTo("<p>Hello <strong>there</strong></p>");
        assertThat(saved.footerLinks()).extracting(BrandingChanges.Link::label).containsExactly("Privacy", "Contact");
        assertThat(tenants.findById(tenant.id()).orElseThrow().name()).isEqualTo("Trust careers");
    }

    @Test
    void aDomainCanBelongToOneProgrammeOnly() {
        TenantRef first = newTenant();
        TenantRef second = newTenant();
        String domain = "careers." + first.slug() + ".example";
        asOwner(first, () -> {
            branding.save(withDomain(branding.current(), domain));
            return null;
        });

        assertThatThrownBy(() -> asOwner(second, () -> {
            branding.save(withDomain(branding.current(), domain.toUpperCase()));
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.errors())
                .containsExactly(new FieldError("customDomain", "Another programme already uses " + domain + ".")));
        assertThat(tenants.resolve(domain)).map(TenantRef::id).contains(first.id());
        assertThatThrownBy(() -> asOwner(second, () -> {
            branding.save(withDomain(branding.current(), "x.localhost"));
            return null;
        })).hasMessageContaining("an address on Wayfinder itself");
    }

    @Test
    void onlyAnOwnerChangesBranding() {
        TenantRef tenant = newTenant();
        assertThatThrownBy(() -> acting().as(tenant, Roles.MODERATOR, () -> {
            branding.save(branding.current());
            return null;
        })).isInstanceOf(org.wayfinder.platform.spi.AccessDeniedException.class);
        assertThatThrownBy(() -> acting().as(tenant, Roles.MODERATOR, () -> branding.uploadLogo(new byte[10])))
                .isInstanceOf(org.wayfinder.platform.spi.AccessDeniedException.class);
    }

    // ---- Branding, over HTTP ----------------------------------------------------------------------

    @Test
    @RunAsClient
    void anOwnersNewLookShowsToEveryVisitorAtOnce() {
        Site owner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        Form original = owner.get("/admin/branding.xhtml").form("branding");
        try {
            Page saved = owner.get("/admin/branding.xhtml").form("branding").set("name", "Horizons Careers")
                    .set("description", "Find your NHS career").set("primary", "#8a1538").set("accent", "#005eb8")
                    .set("welcomeText_input", "<p>Hello <strong>future nurses</strong><script>alert('x')</script></p>")
                    .submit("save");
            assertThat(saved.messages()).as(saved.toString()).anyMatch(m -> m.startsWith("Saved."));

            Page home = new Site(Site.HORIZONS).get("/");
            assertThat(home.title()).contains("Horizons Careers");
            assertThat(home.html().selectFirst(".hero__description").text()).isEqualTo("Find your NHS career");
            assertThat(home.html().selectFirst(".welcome strong").text()).isEqualTo("future nurses");
            assertThat(home.html().select(".welcome script")).isEmpty();
            String theme = home.html().select("link[rel=stylesheet]").eachAttr("href").stream()
                    .filter(href -> href.startsWith("/branding/theme.css")).findFirst().orElseThrow();
            String css = new Site(Site.HORIZONS).get(theme).body();
            assertThat(css.contains("--wf-primary:#8a1538")).isTrue();
            assertThat(css.contains("body .ui-button{background:#8a1538")).isTrue();
        } finally {
            Form restore = owner.get("/admin/branding.xhtml").form("branding");
            for (String field : List.of("name", "description", "primary", "accent", "welcomeText_input", "customDomain")) {
                restore.set(field, original.value(field));
            }
            assertThat(restore.submit("save").messages()).anyMatch(m -> m.startsWith("Saved."));
        }
        assertThat(new Site(Site.HORIZONS).get("/").title()).contains("Healthcare Horizons");
    }

    @Test
    @RunAsClient
    void aColourThatFailsContrastIsRefusedWithTheNearestPassingShade() {
        Site owner = Flows.signedIn(Site.ZONE, "owner@zone.example");
        Page refused = owner.get("/admin/branding.xhtml").form("branding").set("primary", "#66aaff").submit("save");

        assertThat(refused.messageFor("branding:primary")).contains("2.4:1").containsPattern("nearest shade that passes is #[0-9a-f]{6}");
        assertThat(refused.html().getElementById("branding:primary").val()).isEqualTo("#66aaff");
        assertThat(new Site(Site.ZONE).get("/").html().select("link[rel=stylesheet]").eachAttr("href").stream()
                .filter(href -> href.startsWith("/branding/theme.css")).findFirst()
                .map(href -> new Site(Site.ZONE).get(href).body().contains("--wf-primary:#330072"))).contains(true);
    }

    @Test
    @RunAsClient
    void aLogoMustReallyBeAnImageOfAllowedSize() throws Exception {
        Site owner = Flows.signedIn(Site.ZONE, "owner@zone.example");
        byte[] disguised = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        Page refused = owner.get("/admin/branding.xhtml").form("upload").attach("logo", "logo.png", "image/png", disguised).submit("send");
        assertThat(refused.messageFor("upload:logo")).as(refused.toString()).contains("not a PNG, JPEG or WebP image");

        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        assertThat(owner.get("/admin/branding.xhtml").form("upload").attach("logo", "logo.png", "image/png", svg).submit("send")
                .messageFor("upload:logo")).contains("not a PNG, JPEG or WebP image");
        assertThat(owner.get("/admin/branding.xhtml").form("upload").attach("logo", "huge.png", "image/png", png(2400, 100))
                .submit("send").messageFor("upload:logo")).contains("2400 x 100 pixels");

        byte[] original = demoLogo("demo/programmes/healthcare-zone.png");
        assertThat(new Site(Site.ZONE).bytes(logoOf(Site.ZONE))).isEqualTo(original);
        try {
            byte[] replacement = png(300, 120);
            Page accepted = owner.get("/admin/branding.xhtml").form("upload").attach("logo", "new.png", "image/png", replacement)
                    .submit("send");
            assertThat(accepted.messages()).anyMatch(m -> m.contains("300 x 120 pixels"));
            assertThat(new Site(Site.ZONE).bytes(logoOf(Site.ZONE))).isEqualTo(replacement);
        } finally {
            owner.get("/admin/branding.xhtml").form("upload").attach("logo", "zone.png", "image/png", original).submit("send");
        }
        assertThat(new Site(Site.ZONE).bytes(logoOf(Site.ZONE))).isEqualTo(original);
    }

    @Test
    @RunAsClient
    void onlyThisProgrammesOwnerOpensItsBranding() {
        assertThat(Flows.signedIn(Site.ZONE, "moderator@zone.example").get("/admin/branding.xhtml").status()).isEqualTo(403);
        Site horizons = new Site(Site.HORIZONS);
        horizons.replayCookiesOf(Flows.signedIn(Site.ZONE, "owner@zone.example"));
        assertThat(horizons.get("/admin/branding.xhtml").status()).isEqualTo(302);
        assertThat(new Site(Site.HORIZONS).get("/admin/branding.xhtml").redirectPath()).startsWith("/login.xhtml");
    }

    // ---- Plugin settings, over HTTP ---------------------------------------------------------------

    @Test
    @RunAsClient
    void pluginSettingsAreEditedInAFormDrawnFromTheirDeclarations() {
        Site owner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        Flows.switchPlugin(owner, "Notes", true);
        Page settings = owner.get("/admin/plugin-settings.xhtml?plugin=notes");
        assertThat(settings.html().select("[data-setting]").eachAttr("data-setting"))
                .containsExactly("max-length", "signed", "signature", "audience");

        Page refused = settings.form("settings").set(inputOf(settings, "max-length"), "5").submit("save");
        assertThat(refused.messages()).anyMatch(m -> m.contains("needs changing"));
        assertThat(refused.html().selectFirst("[data-setting=max-length] .setting-error").text()).contains("between 10 and 5000");

        Api notes = Api.on(Site.HORIZONS, Flows.createToken(owner, "Settings test", "owner"));
        try {
            Page saved = owner.get("/admin/plugin-settings.xhtml?plugin=notes").form("settings")
                    .set(inputOf(settings, "max-length"), "20").submit("save");
            assertThat(saved.messages()).anyMatch(m -> m.contains("are saved"));
            Flows.assertProblem(notes.post("/notes", "{\"text\": \"" + "x".repeat(30) + "\"}"), 422);
            assertThat(notes.post("/notes", "{\"text\": \"short enough\"}").status()).isEqualTo(201);
        } finally {
            owner.get("/admin/plugin-settings.xhtml?plugin=notes").form("settings").set(inputOf(settings, "max-length"), "200")
                    .submit("save");
        }
        assertThat(owner.get("/admin/plugin-settings.xhtml?plugin=nothing").status()).isEqualTo(404);
    }

    // ---- Export and import, in the container --------------------------------------------------------

    /** A small, valid document: one form, a journey asking it, no plugins. Single quotes stand for double. */
    private static String document(String formsJson, String journeysJson) {
        return ("{'$schema': '/schemas/tenant-configuration.schema.json', 'formatVersion': 1,"
                + " 'branding': {'name': 'Imported Programme', 'primaryColour': '#005eb8', 'accentColour': '#007f3b'},"
                + " 'forms': " + formsJson + ", 'journeys': " + journeysJson + "}").replace('\'', '"');
    }

    private static final String FORM = "{'key': 'about-you', 'title': 'About you', 'sections': [{'id': 'main', 'title': '',"
            + " 'fields': [{'id': 'school', 'type': 'short-text', 'label': 'School', 'required': true}]}]}";
    private static final String JOURNEY = "{'role': 'member', 'title': 'Start', 'steps': ["
            + "{'id': 'welcome', 'type': 'info', 'title': 'Welcome', 'required': true},"
            + "{'id': 'about', 'type': 'form', 'title': 'About you', 'form': 'about-you', 'required': true}]}";

    @Test
    void brokenDocumentsAreRefusedWithTheExactPathOfEveryProblem() {
        TenantRef tenant = newTenant();
        assertThat(problems(tenant, "{not json")).extracting(FieldError::field).containsExactly("$");
        assertThat(problems(tenant, document("[" + FORM + "]", "[" + JOURNEY + "]").replace("\"formatVersion\": 1", "\"formatVersion\": \"1\"")
                .replace("\"required\": true}]}]}", "\"required\": \"yes\"}]}]}")))
                .as("wrong types").extracting(FieldError::field)
                .containsExactly("$.formatVersion", "$.forms[0].sections[0].fields[0].required", "$.journeys[0].steps[1].required");
        assertThat(problems(tenant, document("[" + FORM + "]", "[" + JOURNEY.replace("'type': 'info'", "'type': 'teleport'") + "]")))
                .as("unknown step type").containsExactly(new FieldError("$.journeys[0].steps[0].type", "There is no step type \"teleport\"."));
        assertThat(problems(tenant, document("[]", "[" + JOURNEY + "]")))
                .as("missing form").containsExactly(new FieldError("$.journeys[0].steps[1].form", "There is no published form \"about-you\"."));
        String twoFieldsOneId = FORM.replace("'required': true}]", "'required': true}, {'id': 'school', 'type': 'email', 'label': 'Email'}]");
        String twoStepsOneId = JOURNEY.replace("'id': 'about'", "'id': 'welcome'");
        assertThat(problems(tenant, document("[" + twoFieldsOneId + ", " + FORM + "]", "[" + twoStepsOneId + ", " + JOURNEY + "]")))
                .as("duplicate ids").extracting(FieldError::field).containsExactlyInAnyOrder(
                        "$.forms[0].sections[0].fields[1].id", "$.forms[1].key", "$.journeys[0].steps[1].id", "$.journeys[1].role");
        assertThat(problems(tenant, document("[" + FORM.replace("'type': 'short-text'", "'type': 'single-choice'") + "]", "[]")))
                .as("a choice without options").extracting(FieldError::field).containsExactly("$.forms[0].sections[0].fields[0].options");
        assertThat(asOwner(tenant, () -> forms.summaries())).as("nothing was stored").isEmpty();
    }

    @Test
    void aDryRunChangesNothingAndApplyingIsAllOrNothing() {
        TenantRef tenant = newTenant();
        String good = document("[" + FORM + "]", "[" + JOURNEY + "]");
        ImportReport dryRun = asOwner(tenant, () -> importer.dryRun(good));
        assertThat(dryRun.ok()).isTrue();
        assertThat(dryRun.changes()).contains("Form \"About you\" (about-you) is added.", "Journey for member is added with 2 step(s).");
        assertThat(asOwner(tenant, () -> forms.summaries())).isEmpty();

        String halfBad = document("[" + FORM + "]", "[" + JOURNEY.replace("'type': 'info'", "'type': 'teleport'") + "]");
        assertThat(asOwner(tenant, () -> importer.apply(halfBad)).applied()).isFalse();
        assertThat(asOwner(tenant, () -> forms.summaries())).as("the good form was not applied either").isEmpty();
        assertThat(tenants.findById(tenant.id()).orElseThrow().name()).isEqualTo(tenant.name());

        assertThat(asOwner(tenant, () -> importer.apply(good)).applied()).isTrue();
        assertThat(asOwner(tenant, () -> journeys.published("member")).orElseThrow().steps()).hasSize(2);
        assertThat(tenants.findById(tenant.id()).orElseThrow().name()).isEqualTo("Imported Programme");
        assertThat(asOwner(tenant, () -> importer.dryRun(good)).changes())
                .containsExactly("Nothing changes: the programme is already configured like this.");
    }

    @Test
    void anExportImportedIntoAnotherProgrammeReproducesIt() {
        TenantRef horizons = tenants.bySlug("healthcare-horizons").orElseThrow();
        String exported = asOwner(horizons, () -> exporter.exportJson());
        TenantRef copy = newTenant();
        ImportReport applied = asOwner(copy, () -> importer.apply(exported));
        assertThat(applied.problems()).isEmpty();
        String again = asOwner(copy, () -> exporter.exportJson());
        assertThat(org.wayfinder.platform.json.Json.read(again, TenantConfiguration.class))
                .isEqualTo(org.wayfinder.platform.json.Json.read(exported, TenantConfiguration.class));
    }

    /** An export made while mentoring still had its own DBS expiry setting (now the core's) is accepted, the setting ignored. */
    @Test
    void anExportNamingASettingAPluginHasRetiredIsStillAcceptedButAnUnknownOneIsNot() {
        TenantRef horizons = tenants.bySlug("healthcare-horizons").orElseThrow();
        String exported = asOwner(horizons, () -> exporter.exportJson());
        assertThat(exported).contains("\"quiet-days\"");
        String older = exported.replaceFirst("\"quiet-days\"", "\"expiry-warning-days\": \"45\", \"quiet-days\"");
        TenantRef copy = newTenant();
        ImportReport applied = asOwner(copy, () -> importer.apply(older));
        assertThat(applied.problems()).as("retired: expiry-warning-days").isEmpty();
        assertThat(applied.applied()).isTrue();
        String unknown = exported.replaceFirst("\"quiet-days\"", "\"warp-speed\": \"9\", \"quiet-days\"");
        assertThat(asOwner(newTenant(), () -> importer.dryRun(unknown)).problems()).extracting(FieldError::message)
                .anySatisfy(message -> assertThat(message).contains("has no setting \"warp-speed\""));
    }

    @Test
    void theExportHoldsThisProgrammesPublishedFormsAndJourneysEachOnceNotTheirDrafts() {
        TenantRef horizons = tenants.bySlug("healthcare-horizons").orElseThrow();
        TenantRef copy = newTenant();
        String horizonsConfiguration = asOwner(horizons, () -> exporter.exportJson());
        assertThat(asOwner(copy, () -> importer.apply(horizonsConfiguration)).problems()).isEmpty();
        String formKey = asOwner(copy, () -> forms.summaries().get(0).key());
        String role = asOwner(copy, () -> journeys.summaries().get(0).role());
        asOwner(copy, () -> {
            FormDefinition form = forms.published(formKey).orElseThrow();
            forms.saveDraft(new FormDefinition(form.key(), "The second version", form.description(), form.sections()));
            forms.publish(formKey);
            forms.saveDraft(new FormDefinition(form.key(), "A draft not yet published", form.description(), form.sections()));
            JourneyDefinition journey = journeys.published(role).orElseThrow();
            journeys.saveDraft(new JourneyDefinition(journey.role(), "The second journey", journey.steps()));
            journeys.publish(role);
            journeys.saveDraft(new JourneyDefinition(journey.role(), "A draft journey", journey.steps()));
            return null;
        });

        TenantConfiguration exported = asOwner(copy, () -> exporter.export());
        List<FormDefinition> formsOneByOne = asOwner(copy, () -> forms.summaries().stream()
                .map(summary -> forms.published(summary.key())).flatMap(java.util.Optional::stream).toList());
        List<JourneyDefinition> journeysOneByOne = asOwner(copy, () -> journeys.summaries().stream()
                .map(summary -> journeys.published(summary.role())).flatMap(java.util.Optional::stream).toList());
        assertThat(exported.forms()).as("every published form of this programme once, as published, in title order")
                .isNotEmpty().isEqualTo(formsOneByOne);
        assertThat(exported.journeys()).as("every published journey of this programme once, as published, by role")
                .isNotEmpty().isEqualTo(journeysOneByOne);
        assertThat(exported.forms()).extracting(FormDefinition::title).as("the current version only, not the first or the draft")
                .contains("The second version").doesNotContain(asOwner(horizons, () -> forms.published(formKey).orElseThrow().title()),
                        "A draft not yet published");
        assertThat(exported.journeys()).extracting(JourneyDefinition::title)
                .contains("The second journey").doesNotContain("A draft journey");
        assertThat(exported.journeys()).extracting(JourneyDefinition::role).doesNotHaveDuplicates();
        assertThat(exported.forms()).extracting(FormDefinition::key).doesNotHaveDuplicates()
                .as("other programmes have forms with these keys too").containsExactlyElementsOf(formsOneByOne.stream().map(FormDefinition::key).toList());
    }

    @Test
    void onlyOwnersExportAndImport() {
        TenantRef tenant = newTenant();
        assertThatThrownBy(() -> acting().as(tenant, Roles.MODERATOR, () -> exporter.export()))
                .isInstanceOf(org.wayfinder.platform.spi.AccessDeniedException.class);
        assertThatThrownBy(() -> acting().as(tenant, Roles.MEMBER, () -> importer.apply(document("[]", "[]"))))
                .isInstanceOf(org.wayfinder.platform.spi.AccessDeniedException.class);
        assertThatThrownBy(() -> acting().as(tenant, Roles.MODERATOR, () -> importer.dryRun(document("[]", "[]"))))
                .isInstanceOf(org.wayfinder.platform.spi.AccessDeniedException.class);
    }

    private List<FieldError> problems(TenantRef tenant, String json) {
        ImportReport report = asOwner(tenant, () -> importer.dryRun(json));
        assertThat(report.applied()).isFalse();
        return report.problems();
    }

    // ---- Export and import, over HTTP ---------------------------------------------------------------

    @Test
    @RunAsClient
    void theOwnerChecksAnImportOnThePageBeforeApplyingIt() {
        Site owner = Flows.signedIn(Site.ZONE, "owner@zone.example");
        Page page = owner.get("/admin/configuration.xhtml");
        assertThat(page.status()).isEqualTo(200);
        Page download = page.form("export").submit("download");
        assertThat(download.header("Content-Type")).startsWith("application/json");
        assertThat(download.header("Content-Disposition")).contains("healthcare-zone-configuration-");
        String exported = download.body();

        String broken = exported.replaceFirst("\"type\"\\s*:\\s*\"info\"", "\"type\": \"teleport\"");
        Page checked = owner.get("/admin/configuration.xhtml").form("import").set("document", broken).submit("check");
        assertThat(checked.html().select(".import-report--problems li").text())
                .contains("$.journeys[0].steps[0].type").contains("There is no step type \"teleport\"");
        assertThat(checked.html().getElementById("import:apply")).as("nothing to apply").isNull();

        Page uploaded = owner.get("/admin/configuration.xhtml").form("upload")
                .attach("file", "zone.json", "application/json", exported.getBytes(StandardCharsets.UTF_8)).submit("uploadButton");
        assertThat(uploaded.text()).contains("Nothing changes: the programme is already configured like this.");
        Page applied = uploaded.form("import").submit("apply");
        assertThat(applied.messages()).anyMatch(m -> m.contains("The configuration is imported"));
    }

    /**
     * The export is held by the programme's cache (docs/performance.md): an owner's change to the
     * branding or to a retention period is in the very next export, and another programme's export
     * is its own.
     */
    @Test
    @RunAsClient
    void theApiExportHasAnOwnersChangeOnTheVeryNextCall() {
        Site owner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        Api api = Api.on(Site.HORIZONS, Flows.createToken(owner, "Export follows " + UUID.randomUUID().toString().substring(0, 8), "owner"));
        String keptDescription = api.get("/configuration").json().getJsonObject("branding").getString("description");
        Page periods = owner.get("/admin/retention.xhtml");
        String field = periods.html().select(".retention-rule input").first().attr("name").replaceFirst("^periods:", "");
        String rule = periods.html().select(".retention-rule").first().id().replaceFirst("^rule-", "");
        String keptAmount = periods.form("periods").value(field);
        api.get("/configuration");
        String description = "Exported at once " + UUID.randomUUID();
        try {
            owner.get("/admin/branding.xhtml").form("branding").set("description", description).submit("save");
            assertThat(api.get("/configuration").json().getJsonObject("branding").getString("description")).isEqualTo(description);
            String amount = "12".equals(keptAmount) ? "13" : "12";
            owner.get("/admin/retention.xhtml").form("periods").set(field, amount).submit("save");
            assertThat(api.get("/configuration").json().getJsonObject("retention").getInt(rule)).as(rule).isEqualTo(Integer.parseInt(amount));
            Site zoneOwner = Flows.signedIn(Site.ZONE, "owner@zone.example");
            Api zone = Api.on(Site.ZONE, Flows.createToken(zoneOwner, "Export of the Zone", "owner"));
            assertThat(zone.get("/configuration").json().getJsonObject("branding").getString("description")).isNotEqualTo(description);
        } finally {
            owner.get("/admin/branding.xhtml").form("branding").set("description", keptDescription).submit("save");
            owner.get("/admin/retention.xhtml").form("periods").set(field, keptAmount).submit("save");
        }
    }

    @Test
    @RunAsClient
    void theApiExportsChecksAndImportsForOwnersOfThisProgrammeOnly() {
        Site owner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        Api api = Api.on(Site.HORIZONS, Flows.createToken(owner, "Configuration", "owner"));
        Api.Reply exported = api.get("/configuration");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.json().getJsonObject("branding").getString("name")).isEqualTo("Healthcare Horizons");

        Api.Reply refused = api.post("/configuration?dryRun=true", exported.body().replace("\"formatVersion\": 1", "\"formatVersion\": 2"));
        Flows.assertProblem(refused, 422);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("$.formatVersion");
        Api.Reply dryRun = api.post("/configuration?dryRun=true", exported.body());
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.json().getBoolean("applied")).isFalse();
        assertThat(api.post("/configuration", exported.body()).json().getBoolean("applied")).isTrue();

        Api moderator = Api.on(Site.HORIZONS, Flows.createToken(owner, "Configuration moderator", "moderator"));
        Flows.assertProblem(moderator.get("/configuration"), 403);
        Flows.assertProblem(moderator.post("/configuration?dryRun=true", exported.body()), 403);
        Site zoneOwner = Flows.signedIn(Site.ZONE, "owner@zone.example");
        String zoneToken = Flows.createToken(zoneOwner, "Zone configuration", "owner");
        Flows.assertProblem(Api.on(Site.HORIZONS, zoneToken).get("/configuration"), 401);
        assertThat(Api.on(Site.ZONE, zoneToken).get("/configuration").json().getJsonObject("branding").getString("name"))
                .isEqualTo("Healthcare Zone");
        Flows.assertProblem(Api.asBrowser(owner).post("/configuration", exported.body()), 401);
    }

    @Test
    @RunAsClient
    void onlyThisProgrammesOwnerOpensExportAndImport() {
        assertThat(Flows.signedIn(Site.HORIZONS, "moderator@horizons.example").get("/admin/configuration.xhtml").status()).isEqualTo(403);
        Site horizons = new Site(Site.HORIZONS);
        horizons.replayCookiesOf(Flows.signedIn(Site.ZONE, "owner@zone.example"));
        assertThat(horizons.get("/admin/configuration.xhtml").status()).isEqualTo(302);
        Page schema = new Site(Site.ZONE).get("/schemas/tenant-configuration.schema.json");
        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.header("Content-Type")).startsWith("application/schema+json");
        assertThat(schema.body()).contains("\"title\": \"Wayfinder programme configuration\"");
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** The form field name (without the form's prefix) of a setting's text input. */
    private static String inputOf(Page page, String key) {
        String name = page.html().selectFirst("[data-setting=" + key + "] input[type=number], [data-setting=" + key + "] input[type=text]")
                .attr("name");
        return name.substring(name.indexOf(':') + 1);
    }

    private static String logoOf(String host) {
        return new Site(host).get("/").html().selectFirst("img.site-brand__logo").attr("src");
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static byte[] demoLogo(String resource) throws IOException {
        try (InputStream in = ConfigurationIT.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    private static BrandingChanges withDomain(BrandingChanges changes, String domain) {
        return new BrandingChanges(changes.name(), changes.description(), changes.primary(), changes.accent(),
                changes.welcomeText(), changes.footerLinks(), domain);
    }

    private TenantRef newTenant() {
        String slug = "cfg-" + UUID.randomUUID().toString().substring(0, 8);
        return tenants.create(slug, "Configuration " + slug);
    }

    private <T> T asOwner(TenantRef tenant, java.util.function.Supplier<T> work) {
        return acting().as(tenant, Roles.OWNER, work);
    }


    private Acting acting() {
        return new Acting(currentUser, tenancy, null);
    }
}
