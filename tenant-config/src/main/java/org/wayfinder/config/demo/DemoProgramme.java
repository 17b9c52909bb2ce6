package org.wayfinder.config.demo;

import java.util.List;

/**
 * One demo programme as seeded: its address, look, and the staff accounts people can try it with.
 *
 * @param slug         its subdomain
 * @param template     the {@code ProgrammeTemplate} its forms and journeys come from
 * @param name         its name
 * @param description  one line under the name
 * @param welcome      the welcome text on its home page
 * @param primary      primary colour, #rrggbb
 * @param accent       accent colour, #rrggbb
 * @param logoResource classpath location of its logo
 * @param staff        its staff accounts
 */
public record DemoProgramme(String slug, String template, String name, String description, String welcome, String primary, String accent,
                            String logoResource, List<DemoAccount> staff) {

    /**
     * A demo login.
     *
     * @param email the address to sign in with
     * @param name  the person's name
     * @param role  the role they hold
     */
    public record DemoAccount(String email, String name, String role) {
    }
}
