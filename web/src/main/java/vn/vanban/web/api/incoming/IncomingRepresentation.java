package vn.vanban.web.api.incoming;

import vn.vanban.application.IncomingRegisterCsv;
import vn.vanban.domain.model.incoming.IncomingDocument;

import vn.vanban.domain.model.incoming.Assignee;
import vn.vanban.domain.model.incoming.HandlingNote;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An incoming document as the API shows it: the register's columns (Decree 30/2020, appendix IV) and the rest of
 * the receipt, the state, whether forwarding is late today, and links to its file and to the document it repeats;
 * the phiếu giải quyết (lead, assistants, instruction, deadline) and the sổ theo dõi (handlingState worked out
 * today: UNASSIGNED, IN_PROGRESS, OVERDUE, DONE; progress; the finishing note).
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
                                     String instruction, String deadline, List<Person> assistants,
                                     String handlingState, List<Progress> progress, String finishNote,
                                     String finishedAt) {

    public record Person(String username, String name) {

        static Person of(Assignee assignee) {
            return new Person(assignee.getUsername(), assignee.getDisplayName());
        }
    }

    public record Progress(String username, String name, String note, String at) {

        static Progress of(HandlingNote note) {
            return new Progress(note.getUsername(), note.getDisplayName(), note.getNote(), offset(note.getRecordedAt()));
        }
    }

    private static String offset(Instant at) {
        return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(IncomingDocument.VIETNAM));
    }

    public static IncomingRepresentation of(IncomingDocument d, LocalDate today) {
        IncomingDocument original = d.getDuplicateOf();
        return new IncomingRepresentation(d.getId(), d.getArrivalDate().toString(),
                offset(d.getArrivedAt()),
                d.getRegisterYear(), d.getRegisterNumber(), d.registerNumberText(), d.getSender(), d.getNumberSymbol(),
                d.getDocumentDate().toString(), d.getType().getCode(), d.getType().getName(), d.getSummary(),
                d.getUrgency().name(), d.getConfidentiality().name(), d.getMedium().name(), d.getRecipient(),
                d.getRoutedAt() == null ? null : d.getRoutedAt().atZone(IncomingDocument.VIETNAM).toLocalDate().toString(),
                d.getNote(), IncomingRegisterCsv.notes(d), d.getStatus().name(), d.isForwardingLate(today),
                original == null ? null : original.getId(),
                original == null ? null : "api/incoming/" + original.getId(),
                d.getFileName(), d.getFileKind().name(), d.getFileSha256(), "api/incoming/" + d.getId() + "/file",
                d.getReceivedBy(), d.getRegisteredBy(), d.getLead(), d.getLeadName(), d.getAssisting(), d.getInstruction(),
                d.getDeadline() == null ? null : d.getDeadline().toString(),
                d.getAssistants().stream().map(Person::of).toList(), d.handlingState(today).name(),
                d.getProgress().stream().map(Progress::of).toList(), d.getFinishNote(), offset(d.getFinishedAt()));
    }
}
