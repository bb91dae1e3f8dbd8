package vn.vanban.application.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.vanban.domain.model.file.FileStore;
import vn.vanban.domain.model.mail.MailRetries;
import vn.vanban.domain.model.mail.OutgoingMail;
import vn.vanban.domain.model.mail.OutgoingMailRepository;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the mail of the {@link MailOutbox}, on every instance: right after a transaction that queued mail has
 * committed (started by {@link MailOutbox}), and every few seconds for whatever is left: mail of an instance that died
 * between its commit and the sending, mail whose server was down, which is tried again later with growing delays
 * ({@link MailRetries}) and given up after the last attempt (kept with its error, and logged as a warning). Rounds
 * may run at once (after a commit and on the schedule); they take different mail.
 * <p>
 * Each mail is claimed, sent and marked in one transaction of its own: the claim locks its row, skipping rows that
 * other senders hold, so two instances never send the same mail, and it is marked sent only once the server accepted
 * it. One window remains: an instance killed (or losing the database) after the server accepted a mail and before
 * the mark commits leaves the mail pending, and another sender sends it again. Mail is sent at least once at that
 * point, exactly once everywhere else; closing that window would need the mail server to take part in the
 * transaction.
 */
@Singleton
@DependsOn("PortalDataSource")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailOutboxSender {

    /** One round stops after this many mails; the next round goes on. */
    static final int MAX_PER_ROUND = 500;
    /** Sent mail is kept this long, to answer "was I told?", then deleted so that the outbox does not grow for ever. */
    static final Duration KEPT = Duration.ofDays(90);
    private static final Logger LOG = Logger.getLogger(MailOutboxSender.class.getName());

    @Inject
    private OutgoingMailRepository outbox;

    @Inject
    private Mailer mailer;

    @Inject
    private FileStore files;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void sendDueOnSchedule() {
        sendDue();
    }

    /** Every instance runs it; deleting what another instance deleted first deletes nothing. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void forgetOldMail() {
        int forgotten = outbox.forgetSentBefore(clock.instant().minus(KEPT));
        if (forgotten > 0) {
            LOG.info(() -> forgotten + " mails sent more than " + KEPT.toDays() + " days ago deleted from the outbox");
        }
    }

    /** Sends the mail due now that no other sender holds; returns how many were handled. */
    public int sendDue() {
        MailOutboxSender self = self();
        int handled = 0;
        while (handled < MAX_PER_ROUND && self.sendNext()) {
            handled++;
        }
        return handled;
    }

    /** Claims, sends and marks the next mail due; false when there is none. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendNext() {
        Optional<OutgoingMail> claimed = outbox.claimNextDue(clock.instant());
        if (claimed.isEmpty()) {
            return false;
        }
        OutgoingMail mail = claimed.get();
        try {
            if (mailer.send(mail.getRecipient(), mail.getSubject(), mail.getText(), attachments(mail))) {
                mail.sent(clock.instant());
            } else {
                mail.logged(clock.instant());
            }
        } catch (MailNotSent | RuntimeException e) {
            // Any failure of the attempt counts against the mail: one that always fails must not be retried forever.
            failed(mail, e);
        }
        return true;
    }

    /** The mail's files as they go out; a stored file that is gone fails the attempt rather than go missing. */
    private List<Mailer.Attachment> attachments(OutgoingMail mail) {
        return mail.getAttachments().stream().map(file -> new Mailer.Attachment(file.getFileName(), file.getContentType(),
                file.getStoredFileSha256() == null ? file.getTextContent().getBytes(StandardCharsets.UTF_8)
                        : files.find(file.getStoredFileSha256()).orElseThrow(() -> new IllegalStateException(
                        "Stored file " + file.getStoredFileSha256() + " of mail " + mail.getId() + " is missing"))
                        .getContent())).toList();
    }

    private void failed(OutgoingMail mail, Exception e) {
        Optional<Instant> next = mail.failed(clock.instant(), e.getMessage(), MailRetries.STANDARD);
        if (next.isPresent()) {
            LOG.info(() -> "Mail " + mail.getId() + " to " + mail.getRecipient() + " not sent (attempt "
                    + mail.getAttempts() + "), tried again at " + next.get() + ": " + e.getMessage());
        } else {
            LOG.log(Level.WARNING, "Mail " + mail.getId() + " to " + mail.getRecipient() + " given up after "
                    + mail.getAttempts() + " attempts: " + mail.getLastError(), e);
        }
    }

    /** Through the container, so that each mail gets the transaction its annotation asks for. */
    private MailOutboxSender self() {
        return context.getBusinessObject(MailOutboxSender.class);
    }
}
