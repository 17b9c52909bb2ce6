package org.wayfinder.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.wayfinder.config.branding.Branding;
import org.wayfinder.config.branding.Brandings;
import org.wayfinder.config.branding.FooterLink;
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

    private Optional<Branding> branding;
    private List<FooterLink> footerLinks;
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
        return branding().map(Branding::getDescription).filter(text -> !text.isBlank())
                .orElse(isPlatform() ? "Career programmes for young people, run by NHS organisations" : "");
    }

    public String getWelcomeText() {
        return branding().map(Branding::getWelcomeText).orElse("");
    }

    /** The logo's address; the version in it changes whenever the branding does, so it can be cached. */
    public String getLogoUrl() {
        return branding().filter(Branding::hasLogo).map(b -> "/branding/logo?v=" + b.getVersion())
                .orElse("/resources/images/wayfinder-logo.png");
    }

    public String getThemeUrl() {
        return "/branding/theme.css?v=" + branding().map(Branding::getVersion).orElse(0L);
    }

    public List<FooterLink> getFooterLinks() {
        if (footerLinks == null) {
            footerLinks = brandings.footerLinks();
        }
        return footerLinks;
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

    private Optional<Branding> branding() {
        if (branding == null) {
            branding = brandings.current();
        }
        return branding;
    }
}
