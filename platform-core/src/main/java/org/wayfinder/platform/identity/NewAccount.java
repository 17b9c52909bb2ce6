package org.wayfinder.platform.identity;

/**
 * What a person gives when they register.
 *
 * @param email       their email address; a link to confirm it is sent there
 * @param displayName the name others on the programme see
 * @param password    their chosen password (see {@link PasswordPolicy})
 * @param role        the role they register for, one a plugin allows people to take themselves;
 *                    null or blank for none
 */
public record NewAccount(String email, String displayName, String password, String role) {
}
