package org.wayfinder.web.security;

import java.io.Serializable;
import org.wayfinder.platform.spi.SignedInUser;

/**
 * What the HTTP session keeps about a person who signed in: who, for which tenant, and when. The
 * roles are re-read on every request, so this stays small and a session can move between instances.
 *
 * @param user               the person as they were at sign-in
 * @param credentialsVersion the account's credentials version then; a password change ends the session
 */
public record SessionSignIn(SignedInUser user, int credentialsVersion) implements Serializable {

    public static final String ATTRIBUTE = "wayfinder.signed-in";
}
