package vn.vanban.application.mail;

/** The mail server could not be reached, or refused a message; the outbox tries again later. */
public class MailNotSent extends Exception {

    private static final long serialVersionUID = 1L;

    public MailNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
