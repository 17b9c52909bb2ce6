package org.wayfinder.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.wayfinder.platform.identity.PasswordReset;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.SiteAddress;

/** "Forgotten your password?" and the page its emailed link opens. */
@Named
@RequestScoped
public class PasswordPages {

    @Inject
    SiteAddress siteAddress;

    @Inject
    Messages messages;

    @Inject
    PasswordReset passwordReset;

    @Inject
    FacesContext facesContext;

    private String email;
    private String token;
    private String password;
    private String repeat;
    private boolean sent;
    private boolean changed;
    private Boolean usable;

    public void requestLink() {
        passwordReset.requestLink(email, siteAddress.current());
        sent = true;
    }

    /** Runs when the reset page opens: says at once if the link is no good. */
    public void checkLink() {
        if (!facesContext.isPostback()) {
            usable = passwordReset.isUsable(token);
        }
    }

    public void choosePassword() {
        try {
            if (!Objects.equals(password, repeat)) {
                throw new InvalidInputException("repeat", "The two passwords are different; type the same one twice.");
            }
            passwordReset.choosePassword(token, password);
            changed = true;
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "reset");
        } finally {
            password = null;
            repeat = null;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public boolean isSent() {
        return sent;
    }

    public boolean isChanged() {
        return changed;
    }

    public Boolean getUsable() {
        return usable;
    }
}
