package vn.vanban.domain.model.mail;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.vanban.domain.model.shared.Texts;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message to one recipient in the outbox. Written by the transaction whose outcome it tells of, so that it exists
 * exactly when that outcome does; then pending until a sender marks it sent (or only logged, without a mail server),
 * or, after failed attempts spaced by {@link MailRetries}, failed with the last error. Only a pending mail changes.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ERROR_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "subject", nullable = false, length = 2000)
    private String subject;

    @Column(name = "text", nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private MailStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @ElementCollection
    @CollectionTable(name = "mail_outbox_attachment", joinColumns = @JoinColumn(name = "mail_id"))
    @OrderColumn(name = "position")
    private List<MailAttachment> attachments = new ArrayList<>();

    protected OutgoingMail() {
    }

    /** A mail due at once. */
    public OutgoingMail(String recipient, String subject, String text, Instant now) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.text = Objects.requireNonNull(text);
        this.createdAt = Objects.requireNonNull(now);
        this.nextAttemptAt = now;
        this.status = MailStatus.PENDING;
    }

    /** A mail due at once, with files. */
    public OutgoingMail(String recipient, String subject, String text, List<MailAttachment> attachments, Instant now) {
        this(recipient, subject, text, now);
        // Copies: an embeddable value shared by several mails is written for only one of them.
        attachments.forEach(file -> this.attachments.add(file.copy()));
    }

    /** The mail server accepted it. */
    public void sent(Instant at) {
        requirePending();
        attempts++;
        finish(MailStatus.SENT, at);
    }

    /** It was written to the log because no mail server is configured; nothing will send it later. */
    public void logged(Instant at) {
        requirePending();
        finish(MailStatus.LOGGED, at);
    }

    /**
     * The attempt made at {@code at} failed with {@code error}. Returns when it will be tried again, empty when it was
     * the last attempt and the mail is now {@link MailStatus#FAILED}.
     */
    public Optional<Instant> failed(Instant at, String error, MailRetries retries) {
        requirePending();
        attempts++;
        String reason = Texts.shortened(error, ERROR_LENGTH);
        lastError = reason == null ? "unknown error" : reason;
        Optional<Instant> next = retries.nextAttempt(attempts, at);
        if (next.isPresent()) {
            nextAttemptAt = next.get();
        } else {
            status = MailStatus.FAILED;
            nextAttemptAt = null;
        }
        return next;
    }

    private void finish(MailStatus outcome, Instant at) {
        status = outcome;
        sentAt = Objects.requireNonNull(at);
        nextAttemptAt = null;
    }

    private void requirePending() {
        if (status != MailStatus.PENDING) {
            throw new IllegalStateException("mail " + id + " is " + status + ", no longer pending");
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public List<MailAttachment> getAttachments() {
        return List.copyOf(attachments);
    }

    public MailStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
