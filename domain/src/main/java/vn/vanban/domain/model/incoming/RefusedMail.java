package vn.vanban.domain.model.incoming;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.vanban.domain.model.shared.Texts;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A message of the intake mailbox that became no receipt, because it had no attachment the register accepts (a
 * PDF, PNG or JPEG that opens): noted with the refusal's code and the names of its attachments, and kept under its
 * Message-ID so that it is not tried again at every poll.
 */
@Entity
@Table(name = "email_intake_refusal")
public class RefusedMail implements Serializable {

    /** The sizes of the text columns; the domain refuses or shortens text beyond them by the same numbers. */
    public static final int REASON_LENGTH = 64;

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "message_id", length = 998)
    private String messageId;

    @Column(name = "sender", nullable = false, length = 500)
    private String sender;

    @Column(name = "subject", nullable = false, length = 1000)
    private String subject;

    @Column(name = "reason", nullable = false, length = REASON_LENGTH)
    private String reason;

    @Column(name = "attachments", nullable = false, length = 1000)
    private String attachments;

    @Column(name = "noted_at", nullable = false)
    private Instant notedAt;

    protected RefusedMail() {
    }

    public RefusedMail(IncomingMail mail, String reason, Instant notedAt) {
        Receipt receipt = mail.receipt(notedAt);
        this.messageId = Objects.requireNonNull(mail.messageId());
        this.sender = receipt.sender();
        this.subject = receipt.summary();
        this.reason = Texts.shortened(Objects.requireNonNull(reason), REASON_LENGTH);
        this.attachments = mail.attachmentNames();
        this.notedAt = Objects.requireNonNull(notedAt);
    }

    public String getMessageId() {
        return messageId;
    }

    public String getSender() {
        return sender;
    }

    public String getSubject() {
        return subject;
    }

    public String getReason() {
        return reason;
    }

    public String getAttachments() {
        return attachments;
    }

    public Instant getNotedAt() {
        return notedAt;
    }
}
