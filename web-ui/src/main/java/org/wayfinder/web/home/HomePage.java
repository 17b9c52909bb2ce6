package org.wayfinder.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.wayfinder.config.onboarding.Onboarding;
import org.wayfinder.platform.journey.JourneyProgress;
import org.wayfinder.platform.journey.Journeys;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.safeguarding.cases.CaseFile;
import org.wayfinder.platform.safeguarding.cases.CaseStatus;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.Plugin;
import org.wayfinder.platform.spi.PluginLink;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.journey.JourneyDefinition;
import org.wayfinder.platform.spi.web.HomePanel;
import org.wayfinder.platform.spi.web.HomePanel.Item;
import org.wayfinder.platform.spi.web.HomePanels;
import org.wayfinder.platform.tenant.TenantDirectory;
import org.wayfinder.web.plugin.PluginLinks;

/**
 * A signed-in person's home ({@code #{homePage}}, the site's front page once they sign in): what needs
 * them now, one {@link HomePanel} per part of the programme. The core's panels (approvals waiting for
 * staff; for owners, how many people stand at each step of each journey, and the admin's sections; for
 * the operator, applications and programmes) come first, then those of the plugins switched on here
 * ({@link HomePanels} beans). Their next journey step is drawn above them by the page ({@code #{nextStep}}).
 */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    @Inject
    PluginActivations plugins;

    @Inject
    Instance<HomePanels> pluginPanels;

    @Inject
    PluginLinks pluginLinks;

    @Inject
    JourneyProgress progress;

    @Inject
    Journeys journeys;

    @Inject
    Onboarding onboarding;

    @Inject
    TenantDirectory tenants;

    @Inject
    CaseFile cases;

    private List<HomePanel> panels;

    public List<HomePanel> getPanels() {
        if (panels == null) {
            panels = currentUser.isSignedIn() ? build() : List.of();
        }
        return panels;
    }

    private List<HomePanel> build() {
        List<HomePanel> found = new ArrayList<>();
        if (tenantContext.tenant().platform()) {
            if (currentUser.hasRole(Roles.OPERATOR)) {
                long waiting = onboarding.countPending();
                found.add(new HomePanel("Programmes", waiting == 0 ? "No application is waiting for you."
                        : "Applications from NHS organisations wait for you to approve or decline them.",
                        List.of(Item.count("Applications waiting", "/operator/applications.xhtml", waiting),
                                Item.count("Programmes", "/operator/index.xhtml", tenants.countProgrammes()))));
            }
            return found;
        }
        if (currentUser.hasRole(Roles.MODERATOR) || currentUser.hasRole(Roles.OWNER)) {
            long waiting = progress.countPendingApprovals();
            found.add(new HomePanel("Approvals", waiting == 0 ? "Nobody is waiting for your approval."
                    : "People waiting at a journey's approval step before they carry on.",
                    List.of(Item.count("People waiting for approval", "/staff/approvals.xhtml", waiting))));
        }
        if (currentUser.hasAnyRole(Roles.MODERATOR, Roles.SAFEGUARDING_LEAD, Roles.OWNER)) {
            found.add(safeguarding());
        }
        if (currentUser.hasRole(Roles.OWNER)) {
            found.add(atAGlance());
        }
        Set<String> on = plugins.enabledPlugins().stream().map(Plugin::id).collect(Collectors.toSet());
        for (HomePanels panelsOfPlugin : pluginPanels) {
            if (on.contains(panelsOfPlugin.pluginId())) {
                found.addAll(panelsOfPlugin.forCurrentPerson());
            }
        }
        if (currentUser.hasRole(Roles.OWNER)) {
            // Last: what needs the owner now comes before the way to everything else.
            found.add(admin());
        }
        return found;
    }

    /**
     * New and open safeguarding cases: links to them for the lead and owners, who alone read cases;
     * for moderators the counts alone; the way to raise a concern, and for moderators and owners the
     * DBS checks of everyone whose role needs one.
     */
    private HomePanel safeguarding() {
        var counts = cases.counts();
        long fresh = counts.get(CaseStatus.NEW);
        long open = fresh + counts.get(CaseStatus.IN_PROGRESS) + counts.get(CaseStatus.REFERRED);
        List<Item> items = new ArrayList<>();
        if (currentUser.hasAnyRole(Roles.SAFEGUARDING_LEAD, Roles.OWNER)) {
            items.add(Item.count("New safeguarding cases", "/staff/cases.xhtml?status=new", fresh));
            items.add(Item.count("Open safeguarding cases", "/staff/cases.xhtml", open));
        } else {
            items.add(Item.text("New safeguarding cases: " + fresh));
            items.add(Item.text("Open safeguarding cases: " + open));
        }
        items.add(Item.link("Raise a concern about a person", "/staff/raise-case.xhtml"));
        if (currentUser.hasAnyRole(Roles.MODERATOR, Roles.OWNER)) {
            items.add(Item.link("DBS checks", "/staff/vetting.xhtml"));
        }
        return new HomePanel("Safeguarding", fresh == 0 ? "No new safeguarding case." : "New cases wait for the safeguarding lead.", items);
    }

    /** How many people stand at each step of each published journey. */
    private HomePanel atAGlance() {
        List<Item> items = new ArrayList<>();
        for (JourneyDefinition journey : journeys.allPublished()) {
            String steps = progress.funnel(journey.role()).stream().map(step -> step.title() + " " + step.people())
                    .collect(Collectors.joining(" · "));
            items.add(Item.link(journey.title() + ": " + steps, "/admin/journeys.xhtml"));
        }
        return new HomePanel("Your programme at a glance", items.isEmpty() ? "No journey is published yet: publish one under Journeys."
                : "How many people are at each step of each journey.", items);
    }

    /** The admin's sections, the core's and the plugins'. */
    private HomePanel admin() {
        List<Item> items = new ArrayList<>(List.of(Item.link("Branding", "/admin/branding.xhtml"), Item.link("Plugins", "/admin/plugins.xhtml"),
                Item.link("Forms", "/admin/forms.xhtml"), Item.link("Journeys", "/admin/journeys.xhtml"),
                Item.link("Export and import", "/admin/configuration.xhtml"), Item.link("API tokens", "/admin/api-tokens.xhtml"),
                Item.link("Safeguarding leads", "/admin/safeguarding-leads.xhtml"), Item.link("Audit trail", "/admin/audit.xhtml")));
        for (PluginLink link : pluginLinks.forRole(Roles.OWNER)) {
            // Moderators' pages are on the moderators' panels, for owners who moderate too.
            if (Roles.OWNER.equals(link.role()) && items.stream().noneMatch(item -> item.path().equals(link.path()))) {
                items.add(Item.link(link.label(), link.path()));
            }
        }
        return new HomePanel("Run the programme", "Everything under Admin.", items);
    }
}
