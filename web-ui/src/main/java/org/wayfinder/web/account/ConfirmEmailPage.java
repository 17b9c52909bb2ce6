package org.wayfinder.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wayfinder.platform.identity.Registration;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.SiteAddress;

/** Where the confirmation link lands; also sends a fresh link when the old one has expired. */
@Named
@RequestScoped
public class ConfirmEmailPage {

    @Inject
    SiteAddress siteAddress;

    @Inject
    Messages messages;

    @Inject
    Registration registration;

    @Inject
    FacesContext facesContext;

    private String token;
    private Boolean confirmed;
    private String email;
    private boolean resent;

    /** Runs when the page opens from the link. */
    public void confirm() {
        if (!facesContext.isPostback()) {
            confirmed = registration.confirm(token);
        }
    }

    public void resend() {
        registration.resendConfirmation(email, siteAddress.current());
        resent = true;
        messages.info("If that address has an account waiting to be confirmed, we have sent it a new link.");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Boolean getConfirmed() {
        return confirmed;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isResent() {
        return resent;
    }
}
