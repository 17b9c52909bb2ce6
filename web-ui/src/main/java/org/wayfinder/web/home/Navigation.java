package org.wayfinder.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.web.plugin.PluginLinks;
import org.wayfinder.web.security.AccessRules;

/**
 * The header's entries for the signed-in person ({@code #{navigation.entries}}), on every page: their
 * home, the pages of their roles that plugins name ({@link PluginLinks#forNavigation()}), Staff for
 * moderators, Admin for owners, the operator's programmes and applications. A core page is offered
 * only when {@link AccessRules} would let the person open it; a plugin's page only where the plugin is
 * on and the person holds the role the page itself requires.
 */
@Named
@RequestScoped
public class Navigation {

    /**
     * One entry.
     *
     * @param current whether it is the page being shown, which the header marks with {@code aria-current}
     */
    public record Entry(String label, String path, boolean current) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    @Inject
    PluginLinks pluginLinks;

    private List<Entry> entries;

    public List<Entry> getEntries() {
        if (entries == null) {
            entries = currentUser.isSignedIn() ? build() : List.of();
        }
        return entries;
    }

    private List<Entry> build() {
        boolean platform = tenantContext.tenant().platform();
        String here = FacesContext.getCurrentInstance().getExternalContext().getRequestServletPath();
        List<Entry> found = new ArrayList<>();
        add(found, "Home", "/index.xhtml", here);
        if (platform) {
            add(found, "Programmes", "/operator/index.xhtml", here);
            add(found, "Applications", "/operator/applications.xhtml", here);
            return found;
        }
        pluginLinks.forNavigation().forEach(link -> found.add(new Entry(link.label(), link.path(), link.path().equals(here))));
        if (!currentUser.hasRole(Roles.OWNER)) {
            add(found, "Staff", "/staff/index.xhtml", here);
        }
        add(found, "Admin", "/admin/index.xhtml", here);
        return found;
    }

    /** Adds a core page when the access rules open it to this person. */
    private void add(List<Entry> found, String label, String path, String here) {
        if (AccessRules.verdict(path, currentUser, tenantContext.tenant().platform()) == AccessRules.Verdict.OPEN) {
            found.add(new Entry(label, path, path.equals(here)));
        }
    }
}
