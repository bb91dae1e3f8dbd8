package vn.vanban.application.incoming;

/** The intake mailbox could not be reached or read; the next poll tries again. */
public class MailboxUnavailable extends Exception {

    private static final long serialVersionUID = 1L;

    public MailboxUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
