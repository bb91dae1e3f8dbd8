package vn.vanban.web.api.incoming;

import vn.vanban.application.IncomingRegisterCsv;
import vn.vanban.domain.model.incoming.IncomingDocument;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * An incoming document as the API shows it: the register's columns (Decree 30/2020, appendix IV) and the rest of
 * the receipt, the state, whether forwarding is late today, and links to its file and to the document it repeats.
 */
public record IncomingRepresentation(long id, String arrivalDate, String arrivedAt, Integer registerYear,
                                     Integer registerNumber, String registerNumberText, String sender,
                                     String numberSymbol, String documentDate, String typeCode, String type,
                                     String summary, String urgency, String confidentiality, String medium,
                                     String recipient, String forwardedDate, String note, String registerNotes,
                                     String status, boolean forwardingLate, Long duplicateOfId, String duplicateOf,
                                     String fileName, String fileKind, String fileSha256, String file,
                                     String receivedBy, String registeredBy, String lead, String leadName,
                                     String assisting,
                                     String instruction, String deadline) {

    static IncomingRepresentation of(IncomingDocument d, LocalDate today) {
        IncomingDocument original = d.getDuplicateOf();
        return new IncomingRepresentation(d.getId(), d.getArrivalDate().toString(),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.getArrivedAt().atZone(IncomingDocument.VIETNAM)),
                d.getRegisterYear(), d.getRegisterNumber(), d.registerNumberText(), d.getSender(), d.getNumberSymbol(),
                d.getDocumentDate().toString(), d.getType().getCode(), d.getType().getName(), d.getSummary(),
                d.getUrgency().name(), d.getConfidentiality().name(), d.getMedium().name(), d.getRecipient(),
                d.getRoutedAt() == null ? null : d.getRoutedAt().atZone(IncomingDocument.VIETNAM).toLocalDate().toString(),
                d.getNote(), IncomingRegisterCsv.notes(d), d.getStatus().name(), d.isForwardingLate(today),
                original == null ? null : original.getId(),
                original == null ? null : "api/incoming/" + original.getId(),
                d.getFileName(), d.getFileKind().name(), d.getFileSha256(), "api/incoming/" + d.getId() + "/file",
                d.getReceivedBy(), d.getRegisteredBy(), d.getLead(), d.getLeadName(), d.getAssisting(), d.getInstruction(),
                d.getDeadline() == null ? null : d.getDeadline().toString());
    }
}
