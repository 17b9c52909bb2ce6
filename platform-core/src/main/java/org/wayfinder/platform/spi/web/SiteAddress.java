package org.wayfinder.platform.spi.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The address of the site a request came to, for links in emails. */
public final class SiteAddress {

    private SiteAddress() {
    }

    /**
     * {@code scheme://host[:port]} as the visitor used it. The Host has already been matched to this
     * tenant by the tenant filter, so a forged Host cannot point a link at another site.
     */
    public static String of(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getHeader("Host");
    }

    /** The same for the Faces request being handled, for page actions that send mail. */
    public static String current() {
        return of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }
}
