package vn.vanban.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vanban.application.MailNotSent;
import vn.vanban.application.Mailer;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Mail through the SMTP server named by {@code vanban.mail.host} (environment {@code VANBAN_MAIL_HOST}), port
 * {@code vanban.mail.port}, sender {@code vanban.mail.from}. Without a host, as in the demo, each mail is written to
 * the server log instead, so that nobody is mailed by accident from a development machine.
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {

    private static final Logger LOG = Logger.getLogger(SmtpMailer.class.getName());
    private static final String TIMEOUT_MS = "10000";

    @Inject
    @ConfigProperty(name = "vanban.mail.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "vanban.mail.port", defaultValue = "25")
    private int port;

    @Inject
    @ConfigProperty(name = "vanban.mail.from", defaultValue = "vanban@localhost")
    private String from;

    @Override
    public boolean send(String recipient, String subject, String text) throws MailNotSent {
        if (host.isEmpty() || host.get().isBlank()) {
            LOG.info(() -> "Mail not sent (no vanban.mail.host configured) to " + recipient + ": " + subject);
            return false;
        }
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(properties()));
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            throw new MailNotSent("Mail to " + recipient + " failed: " + e.getMessage(), e);
        }
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.put("mail.smtp.timeout", TIMEOUT_MS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
        return properties;
    }
}
