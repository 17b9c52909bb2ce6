package org.wayfinder.platform.spi.report;

import java.util.List;

/**
 * A certificate to print and keep, one A4 landscape page of PDF: the title, the person it is
 * awarded to, what they did, a few lines of detail (when, how many sessions), and at the bottom the
 * programme and the day it was issued. A plugin gives the words; the platform adds the programme's
 * logo when it writes the file, as it does for a {@link Cover}, so a plugin never handles branding.
 *
 * <pre>{@code
 * Certificate certificate = new Certificate("Certificate of attendance", "Amara Okafor",
 *         "attended Careers in the NHS, a career event", List.of("Tuesday 3 March 2026, 10:00 to 12:00"),
 *         "Healthcare Zone", "Issued 7 December 2026", null);
 * downloads.send(certificate, "certificate-careers-in-the-nhs");
 * }</pre>
 *
 * @param title       what it is ("Certificate of attendance"), the largest words on the page
 * @param awardedTo   the person's name as they would write it
 * @param achievement one sentence that follows "This is to certify that" and the name
 *                    ("attended Careers in the NHS, a career event")
 * @param details     lines under it, at most {@value #MAX_DETAILS} ("Tuesday 3 March 2026, 10:00 to 12:00",
 *                    "Attended 3 of 3 sessions"); may be empty
 * @param programme   who ran it ("Healthcare Zone"); may be empty
 * @param issued      when it was issued, as it is printed ("Issued 7 December 2026"); may be empty
 * @param logo        the logo as PNG or JPEG bytes; null for none (the platform fills it in)
 */
public record Certificate(String title, String awardedTo, String achievement, List<String> details, String programme, String issued,
                          byte[] logo) {

    /** The most detail lines a certificate has: more would not leave the page a certificate. */
    public static final int MAX_DETAILS = 12;

    public Certificate {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A certificate needs a title");
        }
        if (awardedTo == null || awardedTo.isBlank()) {
            throw new IllegalArgumentException("Certificate \"" + title + "\" needs the name of the person it is awarded to");
        }
        if (achievement == null || achievement.isBlank()) {
            throw new IllegalArgumentException("Certificate \"" + title + "\" needs to say what it is awarded for");
        }
        details = details == null ? List.of() : List.copyOf(details);
        if (details.size() > MAX_DETAILS) {
            throw new IllegalArgumentException("Certificate \"" + title + "\" has " + details.size() + " detail lines; at most "
                    + MAX_DETAILS + " fit on its page");
        }
        programme = programme == null ? "" : programme;
        issued = issued == null ? "" : issued;
    }

    /** This certificate with the programme's logo. */
    public Certificate withLogo(byte[] logo) {
        return new Certificate(title, awardedTo, achievement, details, programme, issued, logo);
    }
}
