package org.wayfinder.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.web.SiteAddress;
import org.wayfinder.platform.tenant.TenantDirectory;

/** {@link SiteAddress} from the Faces request being handled, or from the tenant directory. */
@ApplicationScoped
public class RequestSiteAddress implements SiteAddress {

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantDirectory tenants;

    /**
     * {@code scheme://host[:port]} as the visitor used it. The Host has already been matched to this
     * tenant by the tenant filter, so a forged Host cannot point a link at another site.
     */
    static String of(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getHeader("Host");
    }

    @Override
    public String current() {
        return of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    @Override
    public String programme() {
        return tenants.siteUrl(tenantContext.tenant());
    }
}
