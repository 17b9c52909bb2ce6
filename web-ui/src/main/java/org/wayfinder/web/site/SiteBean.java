package org.wayfinder.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.wayfinder.config.branding.Brandings;
import org.wayfinder.config.branding.Look;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * Everything the page layout shows about the site and the visitor: the programme's name, look and
 * logo, and who is signed in. {@code #{site}} in Facelets.
 */
@Named("site")
@RequestScoped
public class SiteBean {

    @Inject
    TenantContext tenantContext;

    @Inject
    CurrentUser currentUser;

    @Inject
    Brandings brandings;

    @Inject
    TenantDirectory tenants;

    @Inject
    StaticAssets assets;

    private Look look;
    private List<TenantRef> programmes;

    public TenantRef getTenant() {
        return tenantContext.tenant();
    }

    public boolean isPlatform() {
        return getTenant().platform();
    }

    public String getName() {
        return getTenant().name();
    }

    public String getDescription() {
        String description = look().description();
        return !description.isBlank() ? description : isPlatform() ? "Career programmes for young people, run by NHS organisations" : "";
    }

    public String getWelcomeText() {
        return look().welcomeText();
    }

    /** The logo's address; the version in it changes whenever the branding does, so it can be cached. */
    public String getLogoUrl() {
        return look().hasLogo() ? "/branding/logo?v=" + look().version() : assets.versioned("/resources/images/wayfinder-logo.png");
    }

    public String getThemeUrl() {
        return "/branding/theme.css?v=" + look().version();
    }

    public List<Look.Link> getFooterLinks() {
        return look().footerLinks();
    }

    public boolean isSignedIn() {
        return currentUser.isSignedIn();
    }

    public String getUserName() {
        return currentUser.user().map(SignedInUser::displayName).orElse("");
    }

    public boolean hasRole(String role) {
        return currentUser.hasRole(role);
    }

    /** The programmes listed on the platform's own site. */
    public List<TenantRef> getProgrammes() {
        if (programmes == null) {
            programmes = tenants.programmes().stream().filter(TenantRef::isActive).toList();
        }
        return programmes;
    }

    public String getBaseDomain() {
        return tenants.baseDomain();
    }

    private Look look() {
        if (look == null) {
            look = brandings.look();
        }
        return look;
    }
}
