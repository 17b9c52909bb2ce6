package org.wayfinder.config.branding;

import java.io.Serializable;
import java.util.List;

/**
 * What every page of a programme shows of its branding, read once and then held by the programme's
 * cache until the owner changes it.
 *
 * @param version        the branding's version (0 before any), which the logo's and the theme's addresses carry
 * @param description    the programme's description, blank when none
 * @param welcomeText    the home page's welcome, blank when none
 * @param hasLogo        whether the programme has uploaded a logo
 * @param primaryColour  its primary colour, null for the platform's
 * @param accentColour   its accent colour, null for the platform's
 * @param footerLinks    the footer's links, in order
 */
public record Look(long version, String description, String welcomeText, boolean hasLogo, String primaryColour,
                   String accentColour, List<Link> footerLinks) implements Serializable {

    public Look {
        footerLinks = List.copyOf(footerLinks);
    }

    /** A footer link; with getters, because Faces' expression language reads properties that way. */
    public record Link(String label, String url) implements Serializable {

        public String getLabel() {
            return label;
        }

        public String getUrl() {
            return url;
        }
    }

    static Look of(Branding branding, List<FooterLink> links) {
        List<Link> footer = links.stream().map(link -> new Link(link.getLabel(), link.getUrl())).toList();
        if (branding == null) {
            return new Look(0, "", "", false, null, null, footer);
        }
        return new Look(branding.getVersion(), nonNull(branding.getDescription()), nonNull(branding.getWelcomeText()),
                branding.hasLogo(), branding.getPrimaryColour(), branding.getAccentColour(), footer);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
