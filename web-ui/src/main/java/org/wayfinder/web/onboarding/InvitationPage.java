package org.wayfinder.web.onboarding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.wayfinder.platform.identity.Invitations;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.web.Messages;

/** The page an invitation email opens: the invited person chooses a password and can then sign in. */
@Named
@RequestScoped
public class InvitationPage {

    @Inject
    Messages messages;

    @Inject
    Invitations invitations;

    private String token;
    private String password;
    private String repeat;
    private Invitations.Invitation invitation;
    private String acceptedEmail;
    private Boolean usable;

    /**
     * Runs when the page opens: finds what the link invites to, or notes that it is no good. On a
     * postback it does not run, and the form is drawn (and so processed) until something says the
     * link is no good.
     */
    public void load() {
        invitation = invitations.lookup(token).orElse(null);
        usable = invitation != null;
    }

    public void accept() {
        try {
            if (!Objects.equals(password, repeat)) {
                throw new InvalidInputException("repeat", "The two passwords are different; type the same one twice.");
            }
            acceptedEmail = invitations.accept(token, password);
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "invitation");
        } finally {
            password = null;
            repeat = null;
        }
    }

    /** What the link invites to; looked up again after a postback has brought the token back. */
    public Invitations.Invitation getInvitation() {
        if (invitation == null && token != null && acceptedEmail == null) {
            invitation = invitations.lookup(token).orElse(null);
        }
        return invitation;
    }

    /** False once the link is known to be no good; null while it is not known (on a postback). */
    public Boolean getUsable() {
        return usable;
    }

    public boolean isAccepted() {
        return acceptedEmail != null;
    }

    public String getAcceptedEmail() {
        return acceptedEmail;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
