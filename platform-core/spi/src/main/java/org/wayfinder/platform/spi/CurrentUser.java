package org.wayfinder.platform.spi;

import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who the current request is from, as established by the authentication mechanism. Services ask
 * this, not the HTTP layer, so that an authorisation rule reads the same for a page and for the API.
 */
@RequestScoped
public class CurrentUser {

    private SignedInUser user;

    /** Set by the authentication mechanism once the caller has proven who they are. */
    public void signIn(SignedInUser user) {
        this.user = user;
    }

    /**
     * Does work as another caller, then goes back to the real one: for the platform acting on a
     * tenant's behalf (provisioning a new programme from a template), never for people.
     */
    public <T> T actingAs(SignedInUser stand, Supplier<T> work) {
        SignedInUser real = user;
        user = stand;
        try {
            return work.get();
        } finally {
            user = real;
        }
    }

    public boolean isSignedIn() {
        return user != null;
    }

    public Optional<SignedInUser> user() {
        return Optional.ofNullable(user);
    }

    /** The signed-in caller; a {@link NotSignedInException} when there is none. */
    public SignedInUser require() {
        if (user == null) {
            throw new NotSignedInException();
        }
        return user;
    }

    public boolean hasRole(String role) {
        return user != null && user.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        return user != null && Arrays.stream(roles).anyMatch(user::hasRole);
    }
}
