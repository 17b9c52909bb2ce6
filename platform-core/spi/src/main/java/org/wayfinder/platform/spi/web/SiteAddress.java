package org.wayfinder.platform.spi.web;

/** Addresses of the programme's site, for links in emails. */
public interface SiteAddress {

    /**
     * {@code scheme://host[:port]} as the visitor of the page being answered used it. The Host has
     * already been matched to this programme, so a forged Host cannot point a link at another site.
     */
    String current();

    /**
     * The current programme's own address, for links in mails sent outside a visitor's request (a
     * scheduled reminder): its own domain, or its name under the platform's.
     */
    String programme();
}
