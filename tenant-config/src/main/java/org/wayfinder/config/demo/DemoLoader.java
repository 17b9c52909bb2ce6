package org.wayfinder.config.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wayfinder.config.configuration.TenantConfiguration;
import org.wayfinder.config.onboarding.Provisioning;
import org.wayfinder.platform.json.Json;
import org.wayfinder.platform.persistence.PlatformReady;
import org.wayfinder.platform.spi.DemoData;
import org.wayfinder.platform.spi.DemoDataSet;
import org.wayfinder.platform.spi.DemoPeople;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * Loads the demo when {@code wayfinder.demo.enabled} is true (the embedded default started by
 * README's first command), and prints where to find it. Everything the demo holds is data on the
 * classpath: {@code demo/demo.json} ({@link DemoPlan}) names the operator and the programmes with
 * their people; each programme is provisioned from its configuration document the way an operator's
 * approval provisions one; then each plugin's {@link DemoData} loads its data sets into it.
 *
 * <p>Loading happens once: a programme that already exists is left as it is, so a restart on a kept
 * database changes nothing. A data set that cannot be loaded is reported with its file and JSON
 * path, and the platform starts without it.
 */
@ApplicationScoped
public class DemoLoader {

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
    Instance<DemoData> loaders;

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
        DemoPlan plan = DemoPlan.read(DemoDataSet.parse(DemoPlan.RESOURCE, "", "", resource(DemoPlan.RESOURCE)));
        tenancy.runAs(tenants.platform(), () -> addAccount(plan.operator()));
        for (DemoPlan.Programme programme : plan.programmes()) {
            if (tenants.bySlug(programme.address()).isEmpty()) {
                load(programme);
            }
        }
        log.info(() -> banner(plan));
    }

    private void load(DemoPlan.Programme programme) {
        TenantConfiguration configuration = configuration(programme);
        TenantRef tenant = provisioning.provision(programme.address(), configuration.branding().name(), Json.write(configuration));
        tenancy.runAs(tenant, () -> programme.people().forEach(this::addAccount));
        String siteUrl = tenants.siteUrl(tenant);
        for (DemoPlan.DataSet set : programme.data()) {
            long started = System.nanoTime();
            try {
                DemoData loader = loaderFor(set.plugin());
                DemoDataSet data = DemoDataSet.parse(set.resource(), programme.address(), siteUrl, resource(set.resource()));
                tenancy.runAs(tenant, () -> loader.load(data));
                log.info(() -> "Demo: " + set.resource() + " loaded into " + programme.address() + " in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
            } catch (RuntimeException e) {
                // The programme and its people are there already; a data set that could not be loaded is
                // reported, and the platform starts without it.
                log.log(Level.SEVERE, "Demo: " + set.resource() + " could not be loaded into " + programme.address() + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private DemoData loaderFor(String plugin) {
        List<DemoData> found = loaders.stream().filter(loader -> loader.plugin().equals(plugin)).toList();
        if (found.size() != 1) {
            throw new DemoDataSet.Problem("The demo names data for the plugin \"" + plugin + "\", which " + (found.isEmpty()
                    ? "has no DemoData bean" : "has more than one DemoData bean"));
        }
        return found.get(0);
    }

    /** The programme's configuration document with its logo. */
    private static TenantConfiguration configuration(DemoPlan.Programme programme) {
        TenantConfiguration document;
        try (InputStream in = resource(programme.configuration())) {
            document = Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), TenantConfiguration.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TenantConfiguration.Branding look = document.branding();
        byte[] logo;
        try (InputStream in = resource(programme.logo())) {
            logo = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TenantConfiguration(document.schema(), document.formatVersion(),
                new TenantConfiguration.Branding(look.name(), look.description(), look.primaryColour(), look.accentColour(),
                        look.welcomeText(), look.footerLinks(), new TenantConfiguration.Logo("image/png",
                        Base64.getEncoder().encodeToString(logo))),
                document.forms(), document.journeys(), document.plugins(), document.notices(), document.retention());
    }

    private void addAccount(DemoPlan.Person person) {
        if (people.idOf(person.email()).isEmpty()) {
            people.add(person.email(), person.name(), person.role());
        }
    }

    private static InputStream resource(String path) {
        InputStream in = DemoLoader.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new DemoDataSet.Problem("The demo resource " + path + " is not on the classpath");
        }
        return in;
    }

    private String banner(DemoPlan plan) {
        String base = tenants.baseDomain();
        String suffix = port == 80 ? "" : ":" + port;
        StringBuilder text = new StringBuilder("\n\n=== Wayfinder is running with demo programmes ===\n");
        text.append("  Platform site:  http://").append(base).append(suffix).append("/\n");
        text.append("     operator:    ").append(plan.operator().email()).append('\n');
        for (DemoPlan.Programme programme : plan.programmes()) {
            String name = tenants.bySlug(programme.address()).map(TenantRef::name).orElse(programme.address());
            text.append("  ").append(name).append(": http://").append(programme.address()).append('.').append(base)
                    .append(suffix).append("/\n");
            programme.people().forEach(person -> text.append("     ").append(person.role()).append(": ")
                    .append(person.email()).append('\n'));
        }
        text.append("  Every demo account's password: ").append(DemoPeople.PASSWORD).append("\n\n");
        return text.toString();
    }
}
