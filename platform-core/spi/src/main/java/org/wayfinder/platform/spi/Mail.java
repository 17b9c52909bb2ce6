package org.wayfinder.platform.spi;

/**
 * An email the platform wants sent. Fire it as a CDI event: it is sent after the surrounding
 * transaction commits, so nobody is told about an account or a reset that was then rolled back.
 *
 * @param to      one recipient address
 * @param subject the subject line
 * @param text    the plain-text body
 */
public record Mail(String to, String subject, String text) {
}
