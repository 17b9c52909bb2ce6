package org.wayfinder.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.wayfinder.platform.identity.NewAccount;
import org.wayfinder.platform.identity.Registration;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.PluginRole;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.SiteAddress;

/** Registering on a programme's site. What was typed stays in the form when something is refused. */
@Named
@RequestScoped
public class RegisterPage {

    @Inject
    SiteAddress siteAddress;

    @Inject
    Messages messages;

    @Inject
    Registration registration;

    private String email;
    private String displayName;
    private String password;
    private String role;
    private boolean registered;
    private List<PluginRole> roles;

    public void register() {
        try {
            registration.register(new NewAccount(email, displayName, password, role),
                    siteAddress.current());
            registered = true;
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "register");
        } finally {
            password = null;
        }
    }

    /** The roles offered for self-registration; empty when the programme offers none. */
    public List<PluginRole> getRoles() {
        if (roles == null) {
            roles = registration.selfRegistrationRoles();
        }
        return roles;
    }

    public boolean isRegistered() {
        return registered;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
