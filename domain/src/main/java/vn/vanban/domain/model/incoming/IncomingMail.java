package vn.vanban.domain.model.incoming;

import vn.vanban.domain.model.shared.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A message of the intake mailbox, read: its Message-ID (the key against taking it twice), who sent it as the From
 * header shows them (display name and address), its subject, when it was sent and when the mailbox received it,
 * and its attachments. It becomes a pending receipt whose sender, summary and arrival are the mail's; an e-mail
 * carries no number of its own, so the number reads {@value #NO_NUMBER} as registers write it, and the document's
 * date is the day it was sent (never after the arrival). The sender is the display name (the address when there
 * is none), and the note keeps the address.
 */
public record IncomingMail(String messageId, String senderName, String senderAddress, String subject, Instant sentAt, Instant receivedAt,
                           List<MailAttachment> attachments) {

    /** What a register writes for a document without a number of its own. */
    public static final String NO_NUMBER = "Không số";
    static final String NO_SENDER = "Không rõ người gửi";
    static final String VIA_EMAIL = "Nhận qua thư điện tử";
    static final String NO_SUBJECT = "Thư không có tiêu đề";

    public IncomingMail {
        Objects.requireNonNull(messageId);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The receipt the mail becomes, arrived at {@code fallbackArrival} when the mailbox did not say when. */
    public Receipt receipt(Instant fallbackArrival) {
        Instant arrival = receivedAt != null ? receivedAt : fallbackArrival;
        LocalDate arrivalDate = arrival.atZone(IncomingDocument.VIETNAM).toLocalDate();
        LocalDate sentDate = sentAt == null ? arrivalDate : sentAt.atZone(IncomingDocument.VIETNAM).toLocalDate();
        String address = Texts.clean(senderAddress);
        return new Receipt(
                Texts.shortened(orElse(senderName, orElse(senderAddress, NO_SENDER)), IncomingDocument.SENDER_LENGTH),
                NO_NUMBER,
                sentDate.isAfter(arrivalDate) ? arrivalDate : sentDate,
                Texts.shortened(orElse(subject, NO_SUBJECT), IncomingDocument.SUMMARY_LENGTH), Urgency.NORMAL,
                Confidentiality.NONE,
                Medium.ELECTRONIC, arrival, null,
                address == null ? VIA_EMAIL
                        : Texts.shortened(VIA_EMAIL + " từ " + address, IncomingDocument.NOTE_LENGTH));
    }

    /** The attachments' names, for the note of a refused message. */
    public String attachmentNames() {
        return Texts.shortened(String.join(", ", attachments.stream().map(MailAttachment::fileName)
                .map(name -> name == null ? "?" : name).toList()), 1000);
    }

    private static String orElse(String text, String fallback) {
        String cleaned = Texts.clean(text);
        return cleaned == null || cleaned.isBlank() ? fallback : cleaned;
    }
}
