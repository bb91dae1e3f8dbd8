package vn.vanban.domain.model.mail;

/** Where a mail of the outbox stands. Stored by name: never rename a constant, only add. */
public enum MailStatus {
    /** To be sent at its next attempt time. */
    PENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Written to the server log instead, because no mail server is configured (the demo). */
    LOGGED,
    /** Given up after the last attempt allowed; its last error says why. */
    FAILED
}
