package vn.vanban.application.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.vanban.domain.model.mail.MailAttachment;
import vn.vanban.domain.model.mail.OutgoingMail;
import vn.vanban.domain.model.mail.OutgoingMailRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Where services put the mail that tells of what they did: written in their transaction, so that the mail exists
 * exactly when the change does (a rolled-back change mails nobody, a committed one is mailed even if this instance
 * dies right after the commit). {@link MailOutboxSender} sends it.
 */
@Stateless
public class MailOutbox {

    /** Ends every mail the portal writes by itself: nobody reads what is sent back to its address. */
    public static final String FOOTER = "\n\nThư này được gửi tự động; xin đừng trả lời.\n";

    @Inject
    private OutgoingMailRepository outbox;

    @Inject
    private Event<MailQueued> queued;

    private final Clock clock = Clock.systemUTC();

    /** One message to each recipient separately, so that nobody sees who else received it. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(List<String> recipients, String subject, String text) {
        if (recipients.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        recipients.forEach(recipient -> outbox.add(new OutgoingMail(recipient, subject, text, now)));
        queued.fire(new MailQueued(recipients.size()));
    }

    /** One message to one recipient, with files. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(String recipient, String subject, String text, List<MailAttachment> attachments) {
        outbox.add(new OutgoingMail(recipient, subject, text, attachments, clock.instant()));
        queued.fire(new MailQueued(1));
    }
}
