package vn.vanban.application.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.vanban.domain.model.mail.MailAttachment;
import vn.vanban.domain.model.mail.OutgoingMail;
import vn.vanban.domain.model.mail.OutgoingMailRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Where services put the mail that tells of what they did: written in their transaction, so that the mail exists
 * exactly when the change does (a rolled-back change mails nobody, a committed one is mailed even if this instance
 * dies right after the commit). {@link MailOutboxSender} sends it, starting as soon as the transaction has committed,
 * on the managed executor, so that the user's request does not wait for the mail server.
 * <p>
 * The start is a synchronization of the transaction rather than a CDI observer of its success: the demo data, loaded
 * while the application is being deployed, queues mail too, and Weld then notified the observer on an instance
 * without its injected fields (WELD-000401 in the log of every first start).
 */
@Stateless
public class MailOutbox {

    /** Ends every mail the portal writes by itself: nobody reads what is sent back to its address. */
    public static final String FOOTER = "\n\nThư này được gửi tự động; xin đừng trả lời.\n";

    @Inject
    private OutgoingMailRepository outbox;

    @Inject
    private MailOutboxSender sender;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private ManagedExecutorService executor;

    private final Clock clock = Clock.systemUTC();

    /** One message to each recipient separately, so that nobody sees who else received it. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(List<String> recipients, String subject, String text) {
        if (recipients.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        recipients.forEach(recipient -> outbox.add(new OutgoingMail(recipient, subject, text, now)));
        sendAfterCommit();
    }

    /** One message to one recipient, with files. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(String recipient, String subject, String text, List<MailAttachment> attachments) {
        outbox.add(new OutgoingMail(recipient, subject, text, attachments, clock.instant()));
        sendAfterCommit();
    }

    /** Once per transaction, however much mail it queues: one round of the sender sends all of it. */
    private void sendAfterCommit() {
        if (transactions.getResource(SendAfterCommit.class) != null) {
            return;
        }
        SendAfterCommit send = new SendAfterCommit(sender, executor);
        transactions.putResource(SendAfterCommit.class, send);
        transactions.registerInterposedSynchronization(send);
    }

    private record SendAfterCommit(MailOutboxSender sender, ManagedExecutorService executor) implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                executor.execute(sender::sendDue);
            }
        }
    }
}
