package org.wayfinder.platform.spi;

import java.util.Optional;

/**
 * People for a demo programme's data, which plugins add when they load their {@link DemoData}:
 * accounts ready to sign in with the demo password, in the current programme. Only for demo
 * programmes, which exist only where {@code wayfinder.demo.enabled} is true.
 */
public interface DemoPeople {

    /** The password of every demo account. */
    String PASSWORD = "wayfinder-demo";

    /** The account that signs in with this email address or username here, if there is one. */
    Optional<String> idOf(String login);

    /**
     * Adds someone who signs in with this email address or username and the demo password, holding
     * the role (and the member role, unless the role is a staff role).
     *
     * @return the new account's id
     */
    String add(String login, String displayName, String role);
}
