package org.wayfinder.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signing out: a POST from the header's button, so another site cannot sign people out with a link. */
@Named
@RequestScoped
public class SignOutPage {

    @Inject
    FacesContext facesContext;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/?signedOut=true");
        facesContext.responseComplete();
    }
}
