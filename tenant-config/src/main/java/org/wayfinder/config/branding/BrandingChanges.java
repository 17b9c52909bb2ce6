package org.wayfinder.config.branding;

import java.util.List;

/**
 * Everything an owner can change about the programme's look in one go, as typed.
 *
 * @param name         the programme's name
 * @param description  one line under the name
 * @param primary      primary colour, #rrggbb
 * @param accent       accent colour, #rrggbb
 * @param welcomeText  limited rich text for the home page; cleaned before it is stored
 * @param footerLinks  links for the footer, in order
 * @param customDomain a domain of the organisation's own, or blank
 */
public record BrandingChanges(String name, String description, String primary, String accent, String welcomeText,
                              List<Link> footerLinks, String customDomain) {

    public BrandingChanges {
        footerLinks = footerLinks == null ? List.of() : List.copyOf(footerLinks);
    }

    /**
     * A footer link as typed.
     *
     * @param label what the link says
     * @param url   where it goes: https, http or mailto
     */
    public record Link(String label, String url) {
    }
}
