package vn.vanban.web.api.incoming;

import vn.vanban.application.incoming.IncomingReferences;
import vn.vanban.application.register.IncomingRegisterCsv;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.incoming.Assignee;
import vn.vanban.domain.model.incoming.HandlingNote;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingText;
import vn.vanban.domain.model.meeting.Conclusion;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.task.Task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An incoming document as the API shows it: the register's columns (Decree 30/2020, appendix IV) and the rest of
 * the receipt, the state, where the receipt came from (source DESK, or EMAIL with the message's emailMessageId),
 * whether forwarding is late today, and links to its file and to the document it repeats;
 * the phiếu giải quyết (lead, assistants, instruction, deadline) and the sổ theo dõi (handlingState worked out
 * today: UNASSIGNED, IN_PROGRESS, OVERDUE, DONE; progress; the finishing note); the numbers of the issued answers
 * (số văn bản trả lời) and, on the single document, what refers to it: the answering outgoing documents (drafts
 * included), the meetings whose agenda or conclusions name it, the tasks of those conclusions; and, on the single
 * document and the receipt, where its text stands (text: status, pages, link to the text).
 */
public record IncomingRepresentation(long id, String arrivalDate, String arrivedAt, Integer registerYear,
                                     Integer registerNumber, String registerNumberText, String sender,
                                     String numberSymbol, String documentDate, String typeCode, String type,
                                     String summary, String urgency, String confidentiality, String medium,
                                     String recipient, String forwardedDate, String note, String registerNotes,
                                     String status, String source, String emailMessageId, boolean forwardingLate, Long duplicateOfId, String duplicateOf,
                                     String fileName, String fileKind, String fileSha256, String file,
                                     String receivedBy, String registeredBy, String lead, String leadName,
                                     String assisting,
                                     String instruction, String deadline, List<Person> assistants,
                                     String handlingState, List<Progress> progress, String finishNote,
                                     String finishedAt, String answerNumbers, List<Answer> answers,
                                     List<MeetingReference> meetings, List<TaskReference> tasks, TextState text) {

    /**
     * Where the text of the document's file stands: status PENDING or RUNNING (recognition, pagesDone of pagesTotal),
     * DONE (source PDF_TEXT or OCR; the text at {@code link}), FAILED (failure: OCR_MISSING, OCR_FAILED, OCR_TIMEOUT,
     * FILE_UNREADABLE, GAVE_UP); NONE for a document whose text was never started.
     */
    public record TextState(String status, String source, int pagesDone, int pagesTotal, Integer characters,
                            String failure, String finishedAt, String link) {

        static TextState of(long id, IncomingText text) {
            if (text == null) {
                return new TextState("NONE", null, 0, 0, null, null, null, link(id));
            }
            return new TextState(text.getStatus().name(), text.getSource() == null ? null : text.getSource().name(),
                    text.getPagesDone(), text.getPagesTotal(), text.getText() == null ? null : text.getText().length(),
                    text.getFailure() == null ? null : text.getFailure().name(), offset(text.getFinishedAt()),
                    link(id));
        }

        private static String link(long id) {
            return "api/incoming/" + id + "/text";
        }
    }

    /**
     * A meeting that refers to this document: the numbers of its agenda items about it and of its conclusions acting
     * on it.
     */
    public record MeetingReference(long id, String title, String startsAt, List<Integer> agendaItems,
                                   List<Integer> conclusions, String link) {
    }

    /** A task given by a conclusion that acts on this document, with its state today. */
    public record TaskReference(long id, long meetingId, int conclusionNumber, String text, String responsible,
                                String dueDate, String status, String link) {

        static TaskReference of(Task task, LocalDate today) {
            return new TaskReference(task.getId(), task.getMeeting().getId(), task.getConclusionNumber(),
                    task.getText(), task.getResponsible(), task.getDueDate().toString(), task.status(today).name(),
                    "api/tasks/" + task.getId());
        }
    }

    /** An outgoing document that answers this one, a draft until it has a number; listed on the single document. */
    public record Answer(long id, String number, String summary, String status, String link) {

        static Answer of(Document answer) {
            return new Answer(answer.getId(), answer.getNumberText(), answer.getSummary(), answer.getStatus().name(),
                    "api/documents/" + answer.getId());
        }
    }

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

    /** The document just received, with where its text stands. */
    public static IncomingRepresentation of(IncomingDocument d, LocalDate today, IncomingText text) {
        IncomingRepresentation plain = of(d, today);
        return new IncomingRepresentation(plain.id, plain.arrivalDate, plain.arrivedAt, plain.registerYear,
                plain.registerNumber, plain.registerNumberText, plain.sender, plain.numberSymbol, plain.documentDate,
                plain.typeCode, plain.type, plain.summary, plain.urgency, plain.confidentiality, plain.medium,
                plain.recipient, plain.forwardedDate, plain.note, plain.registerNotes, plain.status,
                plain.source, plain.emailMessageId, plain.forwardingLate, plain.duplicateOfId, plain.duplicateOf, plain.fileName, plain.fileKind,
                plain.fileSha256, plain.file, plain.receivedBy, plain.registeredBy, plain.lead, plain.leadName,
                plain.assisting, plain.instruction, plain.deadline, plain.assistants, plain.handlingState,
                plain.progress, plain.finishNote, plain.finishedAt, plain.answerNumbers, null, null, null,
                TextState.of(d.getId(), text));
    }

    /**
     * The document with what refers to it (answers, meetings and the tasks of their conclusions) and where its text
     * stands.
     */
    public static IncomingRepresentation of(IncomingDocument d, LocalDate today, IncomingReferences references,
                                            IncomingText text) {
        IncomingRepresentation plain = of(d, today);
        return new IncomingRepresentation(plain.id, plain.arrivalDate, plain.arrivedAt, plain.registerYear,
                plain.registerNumber, plain.registerNumberText, plain.sender, plain.numberSymbol, plain.documentDate,
                plain.typeCode, plain.type, plain.summary, plain.urgency, plain.confidentiality, plain.medium,
                plain.recipient, plain.forwardedDate, plain.note, plain.registerNotes, plain.status,
                plain.source, plain.emailMessageId, plain.forwardingLate, plain.duplicateOfId, plain.duplicateOf, plain.fileName, plain.fileKind,
                plain.fileSha256, plain.file, plain.receivedBy, plain.registeredBy, plain.lead, plain.leadName,
                plain.assisting, plain.instruction, plain.deadline, plain.assistants, plain.handlingState,
                plain.progress, plain.finishNote, plain.finishedAt, plain.answerNumbers,
                references.answers().stream().map(Answer::of).toList(),
                references.meetings().stream().map(meeting -> meeting(meeting, references)).toList(),
                references.tasks().stream().map(task -> TaskReference.of(task, today)).toList(),
                TextState.of(d.getId(), text));
    }

    private static MeetingReference meeting(Meeting meeting, IncomingReferences references) {
        return new MeetingReference(meeting.getId(), meeting.getTitle(), offset(meeting.getStartsAt()),
                references.agendaItems().stream().filter(item -> item.getMeeting().equals(meeting))
                        .map(item -> item.getSortOrder() + 1).toList(),
                references.conclusions().stream().filter(conclusion -> conclusion.getMeeting().equals(meeting))
                        .map(Conclusion::getNumber).toList(),
                "api/meetings/" + meeting.getId());
    }

    /** The document as lists show it: without what refers to it, which only the single document lists. */
    public static IncomingRepresentation of(IncomingDocument d, LocalDate today) {
        IncomingDocument original = d.getDuplicateOf();
        return new IncomingRepresentation(d.getId(), d.getArrivalDate().toString(),
                offset(d.getArrivedAt()),
                d.getRegisterYear(), d.getRegisterNumber(), d.registerNumberText(), d.getSender(), d.getNumberSymbol(),
                d.getDocumentDate().toString(), d.getType().getCode(), d.getType().getName(), d.getSummary(),
                d.getUrgency().name(), d.getConfidentiality().name(), d.getMedium().name(), d.getRecipient(),
                d.getRoutedAt() == null ? null : d.getRoutedAt().atZone(IncomingDocument.VIETNAM).toLocalDate().toString(),
                d.getNote(), IncomingRegisterCsv.notes(d), d.getStatus().name(),
                d.source().name(), d.getEmailMessageId(), d.isForwardingLate(today),
                original == null ? null : original.getId(),
                original == null ? null : "api/incoming/" + original.getId(),
                d.getFileName(), d.getFileKind().name(), d.getFileSha256(), "api/incoming/" + d.getId() + "/file",
                d.getReceivedBy(), d.getRegisteredBy(), d.getLead(), d.getLeadName(), d.getAssisting(), d.getInstruction(),
                d.getDeadline() == null ? null : d.getDeadline().toString(),
                d.getAssistants().stream().map(Person::of).toList(), d.handlingState(today).name(),
                d.getProgress().stream().map(Progress::of).toList(), d.getFinishNote(), offset(d.getFinishedAt()),
                d.getAnswerNumbers(), null, null, null, null);
    }
}
