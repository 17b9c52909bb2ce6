package org.wayfinder.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wayfinder.platform.spi.Mail;

/**
 * Sends {@link Mail} events through Jakarta Mail to the SMTP server named by configuration
 * ({@code wayfinder.mail.host}, {@code .port}, {@code .username}, {@code .password},
 * {@code .starttls}, {@code .from}).
 *
 * <p>Mail goes out on a managed thread after the transaction commits, so a slow mail server never
 * holds up a page. When no SMTP host is configured the mail is not sent and a warning says so; in
 * the demo ({@code wayfinder.demo.enabled}) the whole mail, links included, is written to the log so
 * a developer can still follow them. Elsewhere the body stays out of the log: its links are secrets.
 */
@ApplicationScoped
public class MailSender {

    @Inject
    Logger log;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "wayfinder.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "wayfinder.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "wayfinder.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "wayfinder.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "wayfinder.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "wayfinder.mail.from", defaultValue = "Wayfinder <no-reply@wayfinder.localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "wayfinder.demo.enabled", defaultValue = "false")
    boolean demo;

    void onMail(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mail mail) {
        if (mail.to() == null || !mail.to().contains("@")) {
            // People who sign in with a username (students with a class code) have no address.
            return;
        }
        if (host.isEmpty() || host.get().isBlank()) {
            String unsent = "No SMTP server is configured (wayfinder.mail.host), so this mail was not sent:\nTo: " + mail.to()
                    + "\nSubject: " + mail.subject();
            log.warning(demo ? unsent + "\n\n" + mail.text() : unsent);
            return;
        }
        executor.execute(() -> send(mail));
    }

    private void send(Mail mail) {
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            log.log(Level.WARNING, "Could not send mail \"" + mail.subject() + "\" to " + mail.to(), e);
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
        if (username.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }
}
