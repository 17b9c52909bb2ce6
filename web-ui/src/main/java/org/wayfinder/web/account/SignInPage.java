package org.wayfinder.web.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.wayfinder.platform.identity.SignIn;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.web.journey.NextStep;

/**
 * The sign-in page: email and password against this programme's accounts. Afterwards people go where
 * they were going, or else to the next step of their journey when they have one unfinished.
 */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    Messages messages;

    static final String REFUSED = "That email (or username) and password did not match an account here. Check them and try again; "
            + "after several failed attempts, signing in is paused for a few minutes.";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    @Inject
    NextStep nextStep;

    private String email;
    private String password;
    private String next;
    private boolean confirmationNeeded;

    public void signIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams().newAuthentication(true)
                .credential(new UsernamePasswordCredential(email == null ? "" : email, new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            String onward = LocalPath.orHome(next);
            if ("/".equals(onward) && nextStep.isPresent()) {
                onward = "/journey/index.xhtml";
            }
            external.redirect(external.getRequestContextPath() + onward);
            facesContext.responseComplete();
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            facesContext.responseComplete();
        } else if (request.getAttribute(SignIn.Outcome.class.getName()) == SignIn.Outcome.EMAIL_NOT_CONFIRMED) {
            confirmationNeeded = true;
            messages.error("Confirm your email address first: open the link we emailed you when you registered.");
        } else {
            messages.error(REFUSED);
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isConfirmationNeeded() {
        return confirmationNeeded;
    }
}
