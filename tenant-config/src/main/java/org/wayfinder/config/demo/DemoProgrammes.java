package org.wayfinder.config.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wayfinder.config.configuration.TenantConfiguration;
import org.wayfinder.config.onboarding.ProgrammeTemplate;
import org.wayfinder.config.onboarding.Provisioning;
import org.wayfinder.platform.json.Json;
import org.wayfinder.platform.persistence.PlatformReady;
import org.wayfinder.platform.spi.DemoPeople;
import org.wayfinder.platform.spi.DemoProgrammeReady;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * Seeds two demo programmes and a platform operator when {@code wayfinder.demo.enabled} is true (the
 * embedded default started by README's first command), and prints where to find them.
 *
 * <p>Healthcare Horizons is modelled on the NHS trust mentoring programme of the first seed
 * document; Healthcare Zone on the training hubs' Zone of the second. Each is provisioned the way an
 * operator's approval provisions a programme: from its template (forms and journeys), with its own
 * name, colours, texts and logo. Seeding happens once: a
 * programme that already exists is left as it is, so a restart on a kept database changes nothing.
 */
@ApplicationScoped
public class DemoProgrammes {

    /** The password of every demo account; printed at start, never used outside the demo. */
    public static final DemoProgramme.DemoAccount OPERATOR =
            new DemoProgramme.DemoAccount("operator@wayfinder.example", "Priya Operator", Roles.OPERATOR);

    public static final List<DemoProgramme> PROGRAMMES = List.of(
            new DemoProgramme("healthcare-horizons", "mentoring", "Healthcare Horizons",
                    "Take your first steps into an NHS career",
                    "Healthcare Horizons helps young people in East London take their first steps into NHS careers. "
                            + "Sixth-form students are matched with NHS professionals for careers advice, UCAS applications, "
                            + "personal statements and interview practice.",
                    "#005EB8", "#007F3B", "demo/healthcare-horizons.png",
                    List.of(new DemoProgramme.DemoAccount("owner@horizons.example", "Olivia Owner", Roles.OWNER),
                            new DemoProgramme.DemoAccount("moderator@horizons.example", "Marcus Moderator", Roles.MODERATOR),
                            new DemoProgramme.DemoAccount("student@horizons.example", "Sam Student", "mentee"),
                            new DemoProgramme.DemoAccount("mentor@horizons.example", "Dr Maya Mentor", "mentor"))),
            new DemoProgramme("healthcare-zone", "zone", "Healthcare Zone",
                    "Live Chats with healthcare professionals, for schools",
                    "Schools in the East Midlands, Herefordshire and Worcestershire book live text Chats with teams of "
                            + "healthcare professionals. Students ask questions, professionals answer, and students vote for "
                            + "the team that helped them most. Funded by five NHS training hubs.",
                    "#330072", "#AE2573", "demo/healthcare-zone.png",
                    List.of(new DemoProgramme.DemoAccount("owner@zone.example", "Zara Owner", Roles.OWNER),
                            new DemoProgramme.DemoAccount("moderator@zone.example", "Mo Moderator", Roles.MODERATOR),
                            new DemoProgramme.DemoAccount("teacher@zone.example", "Tess Teacher", "teacher"),
                            new DemoProgramme.DemoAccount("professional@zone.example", "Priya Professional", "professional"),
                            new DemoProgramme.DemoAccount("student@zone.example", "Zac", "student"))));

    @Inject
    Logger log;

    @Inject
    Tenancy tenancy;

    @Inject
    TenantDirectory tenants;

    @Inject
    DemoPeople people;

    @Inject
    Provisioning provisioning;

    @Inject
    Event<DemoProgrammeReady> programmeReady;

    @Inject
    @ConfigProperty(name = "wayfinder.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "wayfinder.demo.port", defaultValue = "8080")
    int port;

    void onReady(@Observes PlatformReady ready) {
        if (!enabled) {
            return;
        }
        tenancy.runAs(tenants.platform(), () -> addAccount(OPERATOR));
        for (DemoProgramme programme : PROGRAMMES) {
            if (tenants.bySlug(programme.slug()).isEmpty()) {
                TenantRef tenant = provisioning.provision(programme.slug(), programme.name(), document(programme));
                tenancy.runAs(tenant, () -> programme.staff().forEach(this::addAccount));
                tenancy.runAs(tenant, () -> programmeReady.fire(new DemoProgrammeReady(programme.slug(), programme.template())));
            }
        }
        log.info(this::banner);
    }

    /** The programme's template with the demo's own look. */
    private static String document(DemoProgramme programme) {
        TenantConfiguration template = Json.read(ProgrammeTemplate.find(programme.template()).orElseThrow().document(),
                TenantConfiguration.class);
        TenantConfiguration.Branding look = template.branding();
        return Json.write(new TenantConfiguration(template.schema(), template.formatVersion(),
                new TenantConfiguration.Branding(programme.name(), programme.description(), programme.primary(), programme.accent(),
                        "<p>" + programme.welcome() + "</p>", look.footerLinks(),
                        new TenantConfiguration.Logo("image/png", Base64.getEncoder().encodeToString(resource(programme.logoResource())))),
                template.forms(), template.journeys(), template.plugins()));
    }

    private void addAccount(DemoProgramme.DemoAccount person) {
        if (people.idOf(person.email()).isEmpty()) {
            people.add(person.email(), person.name(), person.role());
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = DemoProgrammes.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String banner() {
        String base = tenants.baseDomain();
        String suffix = port == 80 ? "" : ":" + port;
        StringBuilder text = new StringBuilder("\n\n=== Wayfinder is running with demo programmes ===\n");
        text.append("  Platform site:  http://").append(base).append(suffix).append("/\n");
        text.append("     operator:    ").append(OPERATOR.email()).append('\n');
        for (DemoProgramme programme : PROGRAMMES) {
            text.append("  ").append(programme.name()).append(": http://").append(programme.slug()).append('.').append(base)
                    .append(suffix).append("/\n");
            programme.staff().forEach(person -> text.append("     ").append(person.role()).append(": ")
                    .append(person.email()).append('\n'));
        }
        text.append("  Every demo account's password: ").append(DemoPeople.PASSWORD).append("\n\n");
        return text.toString();
    }
}
