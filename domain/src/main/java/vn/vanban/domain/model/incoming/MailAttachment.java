package vn.vanban.domain.model.incoming;

/** A file attached to an e-mail of the intake mailbox, as the message names it. */
public record MailAttachment(String fileName, byte[] content) {
}
