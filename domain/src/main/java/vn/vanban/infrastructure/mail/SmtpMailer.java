package vn.vanban.infrastructure.mail;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vanban.application.mail.MailNotSent;
import vn.vanban.application.mail.Mailer;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
    public boolean send(String recipient, String subject, String text, List<Attachment> attachments) throws MailNotSent {
        if (host.isEmpty() || host.get().isBlank()) {
            LOG.info(() -> "Mail not sent (no vanban.mail.host configured) to " + recipient + ": " + subject);
            return false;
        }
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(properties()));
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            if (attachments.isEmpty()) {
                message.setText(text, StandardCharsets.UTF_8.name());
            } else {
                message.setContent(multipart(text, attachments));
            }
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            throw new MailNotSent("Mail to " + recipient + " failed: " + e.getMessage(), e);
        }
    }

    private static MimeMultipart multipart(String text, List<Attachment> attachments) throws MessagingException {
        MimeMultipart parts = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, StandardCharsets.UTF_8.name());
        parts.addBodyPart(body);
        for (Attachment attachment : attachments) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            file.setFileName(attachment.fileName());
            file.setDisposition(Part.ATTACHMENT);
            parts.addBodyPart(file);
        }
        return parts;
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
