package org.wayfinder.platform.spi.report;

/**
 * The PDF's first page, for reports that are printed and sent on (a funder's report): the
 * programme's logo, the report's title, the programme and the period it covers. A plugin gives the
 * programme and the period; the platform adds the programme's logo when it writes the file, so a
 * plugin never handles branding.
 *
 * @param programme who ran it ("Healthcare Zone")
 * @param period    what it covers ("6 March to 21 July 2023"); may be empty
 * @param logo      the logo as PNG or JPEG bytes; null for none (the platform fills it in)
 */
public record Cover(String programme, String period, byte[] logo) {

    public Cover {
        programme = programme == null ? "" : programme;
        period = period == null ? "" : period;
    }

    /** This cover with the programme's logo. */
    public Cover withLogo(byte[] logo) {
        return new Cover(programme, period, logo);
    }
}
