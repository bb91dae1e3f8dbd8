package vn.vanban.application.incoming;

import vn.vanban.domain.model.incoming.IncomingMail;

import java.util.function.Predicate;

/** The mailbox whose unread messages become pending receipts of incoming documents. */
public interface IntakeMailbox {

    /** Whether a mailbox is configured at all; without one the intake is off. */
    boolean configured();

    /**
     * Reads the unread messages and hands each to {@code take}; a message is marked read only when {@code take}
     * answers true, which it does once the message is recorded for good. Returns how many were marked.
     *
     * @throws MailboxUnavailable when the mailbox cannot be opened or read
     */
    int poll(Predicate<IncomingMail> take) throws MailboxUnavailable;
}
