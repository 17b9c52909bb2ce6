package org.wayfinder.mentoring.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The address of the programme's site as the current request reached it, for links in mails. */
final class Sites {

    private Sites() {
    }

    static String address() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request.getScheme() + "://" + request.getHeader("Host");
    }
}
