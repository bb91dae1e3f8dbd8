package vn.vanban.application.mail;

import java.util.List;

/** Sends mail, plain text with optional files; where no mail server is configured, it only records what it would have sent. */
public interface Mailer {

    /** A file as it goes out with the message. */
    record Attachment(String fileName, String contentType, byte[] content) {
    }

    /**
     * Sends one message to one recipient. True when the mail server accepted it; false when no server is configured
     * and the message was only written to the log.
     *
     * @throws MailNotSent when the server could not be reached or refused the message
     */
    boolean send(String recipient, String subject, String text, List<Attachment> attachments) throws MailNotSent;

    default boolean send(String recipient, String subject, String text) throws MailNotSent {
        return send(recipient, subject, text, List.of());
    }
}
