package vn.vanban.application.mail;

/** Mail was written to the outbox; once its transaction has committed, a sender can send it at once. */
public record MailQueued(int messages) {
}
