package org.wayfinder.web.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server the platform under test sends its mail to: a real GreenMail server in the test
 * JVM, on {@code it.smtp.port}. Tests read what arrived and follow the links in it.
 */
public final class Mailbox {

    private Mailbox() {
    }

    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(Integer.getInteger("it.smtp.port", 13025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /**
     * The server for a test class that also has tests running inside the platform: Arquillian loads
     * the class in both JVMs, so the extension is made in both. Only the test JVM's copy listens on
     * {@code it.smtp.port}, where the platform sends its mail; the copy inside the platform (which
     * has {@code wayfinder.mail.port} set) takes a free port, so the two do not clash.
     */
    public static GreenMailExtension serverOutsideThePlatform() {
        if (System.getProperty("wayfinder.mail.port") == null) {
            return server();
        }
        return new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                .withPerMethodLifecycle(false);
    }

    /** Waits up to 20 s for a mail to this address whose subject contains the text; the latest such mail. */
    public static MimeMessage await(GreenMailExtension server, String to, String subject) {
        return await(server, to, subject, "");
    }

    /** Waits up to 20 s for a mail to this address whose subject and body contain the texts (earlier mails to them may differ). */
    public static MimeMessage await(GreenMailExtension server, String to, String subject, String bodyContains) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<MimeMessage> found = Arrays.stream(server.getReceivedMessages())
                    .filter(message -> matches(message, to, subject) && body(message).contains(bodyContains)).reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No mail to " + to + " about \"" + subject + "\"" + (bodyContains.isEmpty() ? "" : " saying \"" + bodyContains + "\"")
                + " arrived within 20 s");
    }

    public static Optional<MimeMessage> find(GreenMailExtension server, String to, String subject) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> matches(message, to, subject)).reduce((first, second) -> second);
    }

    private static boolean matches(MimeMessage message, String to, String subject) {
        try {
            return message.getSubject().contains(subject) && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equalsIgnoreCase(to));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    /** The path and query of the first link in the mail that goes to this path on the site. */
    public static String link(MimeMessage message, String path) {
        Matcher matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+)").matcher(body(message));
        if (!matcher.find()) {
            throw new AssertionError("No link to " + path + " in: " + body(message));
        }
        return matcher.group(1);
    }
}
