package vn.vanban.application;

/** Sends plain-text mail; where no mail server is configured, it only records what it would have sent. */
public interface Mailer {

    /**
     * Sends one message to one recipient. True when the mail server accepted it; false when no server is configured
     * and the message was only written to the log.
     *
     * @throws MailNotSent when the server could not be reached or refused the message
     */
    boolean send(String recipient, String subject, String text) throws MailNotSent;
}
