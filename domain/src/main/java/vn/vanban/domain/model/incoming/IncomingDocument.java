package vn.vanban.domain.model.incoming;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.shared.BaseEntity;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.Texts;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A document received by a body (văn bản đến), from its arrival to its answer. Guarantees: it always carries a file
 * whose content is a PDF, PNG or JPEG; sender, number and symbol, date, type and summary are present and the
 * document's date is not after its arrival; the số đến is given once, when it is entered in the register, and never
 * changes; a receipt of a document the body already has (same sender, number and date) carries a link to that one;
 * every change of status follows {@link IncomingStatus}; only the people it is assigned to (the lead and those who
 * assist) record progress on it, and only the lead finishes it, always with a note.
 */
@Entity
@Table(name = "incoming_document")
@NamedQuery(name = IncomingDocument.LED_BY,
        query = "SELECT d FROM IncomingDocument d WHERE d.lead = :username AND d.status IN :statuses")
@NamedQuery(name = IncomingDocument.DUE_ON, query = "SELECT d FROM IncomingDocument d WHERE d.deadline = :deadline "
        + "AND d.status IN :statuses AND (d.remindedFor IS NULL OR d.remindedFor <> :deadline) ORDER BY d.id")
@NamedQuery(name = IncomingDocument.ASSISTED_BY, query = "SELECT d FROM IncomingDocument d JOIN d.assistants a "
        + "WHERE a.username = :username AND d.status IN :statuses")
public class IncomingDocument extends BaseEntity {

    /** The sizes of the text columns; the domain refuses or shortens text beyond them by the same numbers. */
    public static final int SENDER_LENGTH = 500;
    public static final int NUMBER_SYMBOL_LENGTH = 100;
    public static final int SUMMARY_LENGTH = 1000;
    public static final int RECIPIENT_LENGTH = 500;
    public static final int NOTE_LENGTH = 1000;
    public static final int FILE_NAME_LENGTH = 255;
    public static final int LEAD_NAME_LENGTH = 200;
    public static final int ASSISTING_LENGTH = 1000;
    public static final int INSTRUCTION_LENGTH = 2000;
    public static final int FINISH_NOTE_LENGTH = 2000;
    public static final int ANSWER_NUMBERS_LENGTH = 500;
    public static final int EMAIL_MESSAGE_ID_LENGTH = 998;

    private static final long serialVersionUID = 1L;

    public static final String LED_BY = "IncomingDocument.ledBy";
    public static final String ASSISTED_BY = "IncomingDocument.assistedBy";
    public static final String DUE_ON = "IncomingDocument.dueOn";

    /** The time zone of every date the register shows and numbers by. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Id
    @SequenceGenerator(name = "incoming_document_seq", sequenceName = "incoming_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incoming_document_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "receiving_issuer_id", nullable = false, updatable = false)
    private Issuer receivingBody;

    @NotNull
    @Size(max = SENDER_LENGTH)
    @Column(name = "sender", nullable = false, length = SENDER_LENGTH)
    private String sender;

    @Column(name = "sender_key", nullable = false, length = SENDER_LENGTH)
    private String senderKey;

    @NotNull
    @Size(max = NUMBER_SYMBOL_LENGTH)
    @Column(name = "number_symbol", nullable = false, length = NUMBER_SYMBOL_LENGTH)
    private String numberSymbol;

    @Column(name = "number_key", nullable = false, length = NUMBER_SYMBOL_LENGTH)
    private String numberKey;

    @Column(name = "document_date", nullable = false)
    private LocalDate documentDate;

    @ManyToOne(optional = false)
    @JoinColumn(name = "type_code", nullable = false)
    private DocumentType type;

    @NotNull
    @Size(max = SUMMARY_LENGTH)
    @Column(name = "summary", nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false, length = 16)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "confidentiality", nullable = false, length = 16)
    private Confidentiality confidentiality;

    @Enumerated(EnumType.STRING)
    @Column(name = "medium", nullable = false, length = 16)
    private Medium medium;

    @Column(name = "arrived_at", nullable = false)
    private Instant arrivedAt;

    @Column(name = "arrival_date", nullable = false)
    private LocalDate arrivalDate;

    @Size(max = RECIPIENT_LENGTH)
    @Column(name = "recipient", length = RECIPIENT_LENGTH)
    private String recipient;

    @Size(max = NOTE_LENGTH)
    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    @Column(name = "file_sha256", nullable = false, length = 64, updatable = false)
    private String fileSha256;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_LENGTH, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_kind", nullable = false, length = 8, updatable = false)
    private IncomingFileKind fileKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private IncomingStatus status;

    @ManyToOne
    @JoinColumn(name = "duplicate_of_id")
    private IncomingDocument duplicateOf;

    @Column(name = "register_year")
    private Integer registerYear;

    @Column(name = "register_number")
    private Integer registerNumber;

    @Column(name = "received_by", nullable = false, length = 64, updatable = false)
    private String receivedBy;

    @Column(name = "registered_by", length = 64)
    private String registeredBy;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "lead_username", length = Assignee.USERNAME_LENGTH)
    private String lead;

    @Size(max = LEAD_NAME_LENGTH)
    @Column(name = "lead_name", length = LEAD_NAME_LENGTH)
    private String leadName;

    @Size(max = ASSISTING_LENGTH)
    @Column(name = "assisting", length = ASSISTING_LENGTH)
    private String assisting;

    @Size(max = INSTRUCTION_LENGTH)
    @Column(name = "instruction", length = INSTRUCTION_LENGTH)
    private String instruction;

    @Column(name = "deadline")
    private LocalDate deadline;

    @Column(name = "routed_by", length = 64)
    private String routedBy;

    @Column(name = "routed_at")
    private Instant routedAt;

    @Column(name = "finished_by", length = 64)
    private String finishedBy;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Size(max = FINISH_NOTE_LENGTH)
    @Column(name = "finish_note", length = FINISH_NOTE_LENGTH)
    private String finishNote;

    /** The numbers of the issued outgoing documents that answer this one (số văn bản trả lời), in issue order. */
    @Column(name = "answer_numbers", length = ANSWER_NUMBERS_LENGTH)
    private String answerNumbers;

    /** The deadline a reminder was mailed for the day before, so that each deadline is reminded once. */
    @Column(name = "reminded_for")
    private LocalDate remindedFor;

    /** The Message-ID of the e-mail it came in, when it was taken from the intake mailbox; the key against repeats. */
    @Column(name = "email_message_id", length = EMAIL_MESSAGE_ID_LENGTH, updatable = false)
    private String emailMessageId;

    /** Who assists (phối hợp), in the order the head named them. */
    @ElementCollection
    @CollectionTable(name = "incoming_assistant", joinColumns = @JoinColumn(name = "incoming_id"))
    @OrderColumn(name = "sort_order")
    private List<Assignee> assistants = new ArrayList<>();

    /** The sổ theo dõi giải quyết of this document: progress reported, oldest first. */
    @ElementCollection
    @CollectionTable(name = "incoming_progress", joinColumns = @JoinColumn(name = "incoming_id"))
    @OrderColumn(name = "sort_order")
    private List<HandlingNote> progress = new ArrayList<>();

    protected IncomingDocument() {
    }

    public IncomingDocument(Issuer receivingBody, DocumentType type, Receipt receipt, String fileSha256,
                            String fileName, IncomingFileKind fileKind, String receivedBy) {
        this.receivingBody = Objects.requireNonNull(receivingBody);
        apply(type, receipt);
        this.fileSha256 = Objects.requireNonNull(fileSha256);
        this.fileName = fileName(fileName, fileKind);
        this.fileKind = Objects.requireNonNull(fileKind);
        this.receivedBy = Objects.requireNonNull(receivedBy);
        this.status = IncomingStatus.RECEIVED;
    }

    /**
     * Corrects what was recorded about a receipt before it is registered: an e-mailed one arrives as "Không số" from
     * whoever sent the mail, and the secretariat reads the real sender, number, date and summary off the file. The
     * same checks as on receipt; once registered, the register's line stands.
     */
    public void correct(DocumentType correctedType, Receipt receipt) {
        if (status != IncomingStatus.RECEIVED) {
            throw new DomainException(ErrorCode.ILLEGAL_TRANSITION, "status");
        }
        apply(correctedType, receipt);
        this.duplicateOf = null;
    }

    /** Every value is checked before any is taken, so that a refused correction leaves the receipt as it was. */
    private void apply(DocumentType documentType, Receipt receipt) {
        Objects.requireNonNull(documentType);
        Objects.requireNonNull(receipt);
        String checkedSender = Texts.required(receipt.sender(), SENDER_LENGTH, ErrorCode.SENDER_REQUIRED, "sender");
        String checkedNumber = Texts.required(receipt.numberSymbol(), NUMBER_SYMBOL_LENGTH,
                ErrorCode.NUMBER_SYMBOL_REQUIRED,
                "numberSymbol");
        LocalDate checkedDate = required(receipt.documentDate(), "documentDate");
        String checkedSummary = Texts.required(receipt.summary(), SUMMARY_LENGTH, ErrorCode.SUMMARY_REQUIRED,
                "summary");
        if (receipt.arrivedAt() == null) {
            throw new DomainException(ErrorCode.ARRIVAL_REQUIRED, "arrivedAt");
        }
        LocalDate checkedArrival = receipt.arrivedAt().atZone(VIETNAM).toLocalDate();
        if (checkedDate.isAfter(checkedArrival)) {
            throw new DomainException(ErrorCode.DOCUMENT_DATE_AFTER_ARRIVAL, "documentDate");
        }
        String checkedRecipient = Texts.optional(receipt.recipient(), RECIPIENT_LENGTH, "recipient");
        String checkedNote = Texts.optional(receipt.note(), NOTE_LENGTH, "note");
        this.type = documentType;
        this.sender = checkedSender;
        this.senderKey = senderKey(checkedSender);
        this.numberSymbol = checkedNumber;
        this.numberKey = numberKey(checkedNumber);
        this.documentDate = checkedDate;
        this.summary = checkedSummary;
        this.urgency = receipt.urgency() == null ? Urgency.NORMAL : receipt.urgency();
        this.confidentiality = receipt.confidentiality() == null ? Confidentiality.NONE : receipt.confidentiality();
        this.medium = receipt.medium() == null ? Medium.ELECTRONIC : receipt.medium();
        this.arrivedAt = receipt.arrivedAt();
        this.arrivalDate = checkedArrival;
        this.recipient = checkedRecipient;
        this.note = checkedNote;
    }

    private static LocalDate required(LocalDate date, String field) {
        if (date == null) {
            throw new DomainException(ErrorCode.DOCUMENT_DATE_REQUIRED, field);
        }
        return date;
    }

    /** The name the file is offered under: the uploaded name without any path, or one made from the kind. */
    private static String fileName(String uploaded, IncomingFileKind kind) {
        String name = Texts.clean(uploaded);
        if (name != null) {
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                    .replaceAll("\\p{Cntrl}", "");
        }
        if (name == null || name.isBlank()) {
            return "van-ban-den." + kind.extension();
        }
        return Texts.shortened(name, FILE_NAME_LENGTH);
    }

    /**
     * The sender as duplicates are compared: NFC, lower case, single spaces ({@code "Thành ủy  Hà Nội"} and
     * {@code "THÀNH ỦY HÀ NỘI"} are one sender).
     */
    public static String senderKey(String sender) {
        String cleaned = Texts.clean(sender);
        return cleaned == null ? "" : Texts.shortened(cleaned.toLowerCase(Locale.forLanguageTag("vi"))
                .replaceAll("\\s+", " "), SENDER_LENGTH);
    }

    /**
     * The number and symbol as duplicates are compared: without a leading {@code Số}, spaces or case
     * ({@code "Số: 09 - NQ/TU"} and {@code "09-nq/tu"} are one number).
     */
    public static String numberKey(String numberSymbol) {
        String cleaned = Texts.clean(numberSymbol);
        if (cleaned == null) {
            return "";
        }
        String lower = cleaned.toLowerCase(Locale.forLanguageTag("vi"));
        return Texts.shortened(lower.replaceFirst("^số\\s*:?", "").replaceAll("\\s+", ""), NUMBER_SYMBOL_LENGTH);
    }

    /** Whether {@code other} is the same document as this one: same receiving body, sender, number and date. */
    public boolean isSameDocumentAs(IncomingDocument other) {
        return other != this && receivingBody.equals(other.receivingBody) && senderKey.equals(other.senderKey)
                && numberKey.equals(other.numberKey) && documentDate.equals(other.documentDate);
    }

    /** Records that this receipt is a document the body already has: shown with a link, never silently ignored. */
    public void flagAsDuplicateOf(IncomingDocument original) {
        if (!isSameDocumentAs(original)) {
            throw new IllegalArgumentException("Not the same document");
        }
        this.duplicateOf = original;
    }

    /** Records that this receipt was taken from the intake mailbox, from the message {@code messageId}. */
    public void cameByEmail(String messageId) {
        if (getId() != null || emailMessageId != null) {
            throw new IllegalStateException("Only a new receipt is marked as coming by e-mail");
        }
        this.emailMessageId = Texts.required(messageId, EMAIL_MESSAGE_ID_LENGTH, ErrorCode.VALIDATION_FAILED,
                "messageId");
    }

    /** Where the receipt came from: typed by the secretariat, or taken from the intake mailbox. */
    public ReceiptSource source() {
        return emailMessageId == null ? ReceiptSource.DESK : ReceiptSource.EMAIL;
    }

    public String getEmailMessageId() {
        return emailMessageId;
    }

    /** The series of the register counter that numbers a body's incoming documents of {@code year}. */
    public static String registerSeries(int year) {
        return "INCOMING/" + year;
    }

    /** The calendar year whose register this document goes in: the year it arrived, in Vietnam. */
    public int registerYear() {
        return arrivalDate.getYear();
    }

    /** Enters the document in the register with the next số đến of its body and year. */
    public void register(int number, String by, Instant at) {
        if (number < 1) {
            throw new IllegalArgumentException("Số đến start at 1, got " + number);
        }
        moveTo(IncomingStatus.REGISTERED);
        this.registerYear = registerYear();
        this.registerNumber = number;
        this.registeredBy = Objects.requireNonNull(by);
        this.registeredAt = Objects.requireNonNull(at);
    }

    /**
     * The phiếu giải quyết: who leads, who assists (people, and units named in {@code assistingUnits}), the
     * instruction and the deadline. The deadline may not fall before the day the document arrived; the lead is not
     * also among those who assist. Routing again replaces the previous slip. Nothing changes when a check fails.
     */
    public void route(Assignee leadPerson, List<Assignee> assistingPeople, String assistingUnits, String instructionText,
                      LocalDate deadlineDate, String by, Instant at) {
        if (leadPerson == null) {
            throw new DomainException(ErrorCode.LEAD_REQUIRED, "lead");
        }
        String leadUser = Texts.required(leadPerson.getUsername(), Assignee.USERNAME_LENGTH, ErrorCode.LEAD_REQUIRED,
                "lead");
        if (deadlineDate != null && deadlineDate.isBefore(arrivalDate)) {
            throw new DomainException(ErrorCode.DEADLINE_BEFORE_ARRIVAL, "deadline");
        }
        List<Assignee> helpers = assistingPeople == null ? List.of() : new LinkedHashSet<>(assistingPeople).stream()
                .filter(person -> !person.getUsername().equals(leadUser)).toList();
        String units = Texts.optional(assistingUnits, ASSISTING_LENGTH, "assisting");
        String assistingText = Texts.optional(joined(helpers, units), ASSISTING_LENGTH, "assisting");
        String instructionClean = Texts.optional(instructionText, INSTRUCTION_LENGTH, "instruction");
        String leadShown = Texts.optional(leadPerson.getDisplayName(), LEAD_NAME_LENGTH, "lead");
        moveTo(IncomingStatus.ROUTED);
        this.lead = leadUser;
        this.leadName = leadShown == null ? leadUser : leadShown;
        this.assistants.clear();
        this.assistants.addAll(helpers);
        this.assisting = assistingText;
        this.instruction = instructionClean;
        this.deadline = deadlineDate;
        this.routedBy = Objects.requireNonNull(by);
        this.routedAt = Objects.requireNonNull(at);
    }

    /** Who assists as the register prints it: the people's names, then the units typed on the slip. */
    private static String joined(List<Assignee> people, String units) {
        List<String> parts = new ArrayList<>(people.stream().map(Assignee::getDisplayName).toList());
        if (units != null) {
            parts.add(units);
        }
        return parts.isEmpty() ? null : parts.stream().collect(Collectors.joining(", "));
    }

    /** Whether {@code username} leads or assists in handling this document. */
    public boolean isAssignedTo(String username) {
        return username != null && (username.equals(lead)
                || assistants.stream().anyMatch(person -> person.getUsername().equals(username)));
    }

    public boolean isLead(String username) {
        return username != null && username.equals(lead);
    }

    /**
     * A line in the sổ theo dõi giải quyết by the lead or someone who assists: the first one starts the handling.
     */
    public void recordProgress(Assignee by, String note, Instant at) {
        if (!isAssignedTo(by.getUsername())) {
            throw new DomainException(ErrorCode.INCOMING_NOT_ASSIGNED);
        }
        String cleaned = Texts.required(note, HandlingNote.NOTE_LENGTH, ErrorCode.PROGRESS_NOTE_REQUIRED, "note");
        moveTo(IncomingStatus.IN_HANDLING);
        progress.add(new HandlingNote(by, cleaned, at));
    }

    public void startHandling(String by) {
        requireLead(by);
        moveTo(IncomingStatus.IN_HANDLING);
    }

    /**
     * Refuses to start an answer (ILLEGAL_TRANSITION) unless the document is in the register and still being
     * handled: an answer to a receipt not registered yet, or to one already finished, has no place in the books.
     */
    public void requireAnswerable() {
        if (status != IncomingStatus.REGISTERED && status != IncomingStatus.ROUTED
                && status != IncomingStatus.IN_HANDLING) {
            throw new DomainException(ErrorCode.ILLEGAL_TRANSITION, "status");
        }
    }

    /**
     * An outgoing document that answers this one was issued with {@code outgoingNumber}: the register's "số văn bản
     * trả lời" shows it, and a document still being handled is finished by it (đã giải quyết, ANSWERED). One already
     * finished keeps its state and only gains the number: a second answer does not reopen or re-close it.
     */
    public void recordAnswer(String outgoingNumber, String by, Instant at) {
        // The column holds the number and symbol as other registers cite them, without the "Số" the header prints.
        String number = Texts.required(outgoingNumber, NUMBER_SYMBOL_LENGTH, ErrorCode.VALIDATION_FAILED, "answer")
                .replaceFirst("^Số:?\\s*", "");
        String numbers = answerNumbers == null ? number : answerNumbers + ", " + number;
        this.answerNumbers = Texts.shortened(numbers, ANSWER_NUMBERS_LENGTH);
        if (IncomingStatus.ANSWERED.predecessors().contains(status)) {
            moveTo(IncomingStatus.ANSWERED);
            finish(by, "Đã trả lời bằng văn bản số " + number, at);
        }
    }

    /** Finished without an answer (for information, or handled otherwise): the note says how. */
    public void close(String by, String closingNote, Instant at) {
        String cleaned = Texts.required(closingNote, FINISH_NOTE_LENGTH, ErrorCode.COMMENT_REQUIRED, "note");
        moveTo(IncomingStatus.CLOSED);
        finish(by, cleaned, at);
    }

    /** The lead finishes the handling with a note saying how it was handled (đã giải quyết). */
    public void finishBy(Assignee leadPerson, String note, Instant at) {
        if (!isLead(leadPerson.getUsername())) {
            throw new DomainException(ErrorCode.INCOMING_NOT_LEAD);
        }
        String cleaned = Texts.required(note, FINISH_NOTE_LENGTH, ErrorCode.FINISH_NOTE_REQUIRED, "note");
        moveTo(IncomingStatus.CLOSED);
        finish(leadPerson.getUsername(), cleaned, at);
    }

    /**
     * Whether the people it is assigned to are to be reminded on {@code today}: it is still being handled, its
     * deadline is tomorrow and that deadline has not been reminded yet.
     */
    public boolean needsReminderOn(LocalDate today) {
        return (status == IncomingStatus.ROUTED || status == IncomingStatus.IN_HANDLING) && deadline != null
                && deadline.equals(today.plusDays(1)) && !deadline.equals(remindedFor);
    }

    /** Records that the reminder for the current deadline has been sent. */
    public void markReminded() {
        this.remindedFor = Objects.requireNonNull(deadline);
    }

    /**
     * The state of the handling on {@code today}: not assigned before routing, overdue once the deadline has passed
     * while it is still being handled, done once answered or closed.
     */
    public HandlingState handlingState(LocalDate today) {
        return switch (status) {
            case RECEIVED, REGISTERED -> HandlingState.UNASSIGNED;
            case ANSWERED, CLOSED -> HandlingState.DONE;
            case ROUTED, IN_HANDLING -> deadline != null && today.isAfter(deadline)
                    ? HandlingState.OVERDUE : HandlingState.IN_PROGRESS;
        };
    }

    private void finish(String by, String finishText, Instant at) {
        this.finishedBy = Objects.requireNonNull(by);
        this.finishNote = Texts.optional(finishText, FINISH_NOTE_LENGTH, "note");
        this.finishedAt = Objects.requireNonNull(at);
    }

    private void requireLead(String username) {
        if (!Objects.equals(lead, username)) {
            throw new DomainException(ErrorCode.NOT_ASSIGNED);
        }
    }

    private void moveTo(IncomingStatus target) {
        if (!target.predecessors().contains(status)) {
            throw new DomainException(ErrorCode.ILLEGAL_TRANSITION, "status");
        }
        this.status = target;
    }

    /**
     * The last day by which the document must be forwarded to whoever handles it (Decree 30/2020, Art. 22): the day
     * it arrived when it is urgent, otherwise the next working day (Saturdays and Sundays are not).
     */
    public LocalDate forwardingDue() {
        if (urgency.isUrgent()) {
            return arrivalDate;
        }
        LocalDate next = arrivalDate.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** Whether on {@code today} the document is still waiting to be forwarded after its due day. */
    public boolean isForwardingLate(LocalDate today) {
        return (status == IncomingStatus.RECEIVED || status == IncomingStatus.REGISTERED)
                && today.isAfter(forwardingDue());
    }

    /** The số đến as the register prints it: two digits at least ({@code 07}), blank before registration. */
    public String registerNumberText() {
        if (registerNumber == null) {
            return "";
        }
        return registerNumber < 10 ? "0" + registerNumber : registerNumber.toString();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Issuer getReceivingBody() {
        return receivingBody;
    }

    public String getSender() {
        return sender;
    }

    public String getNumberSymbol() {
        return numberSymbol;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public DocumentType getType() {
        return type;
    }

    public String getSummary() {
        return summary;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public Medium getMedium() {
        return medium;
    }

    public Instant getArrivedAt() {
        return arrivedAt;
    }

    public LocalDate getArrivalDate() {
        return arrivalDate;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getNote() {
        return note;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public String getFileName() {
        return fileName;
    }

    public IncomingFileKind getFileKind() {
        return fileKind;
    }

    public IncomingStatus getStatus() {
        return status;
    }

    public IncomingDocument getDuplicateOf() {
        return duplicateOf;
    }

    public Integer getRegisterYear() {
        return registerYear;
    }

    public Integer getRegisterNumber() {
        return registerNumber;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getLead() {
        return lead;
    }

    public String getLeadName() {
        return leadName;
    }

    public String getAssisting() {
        return assisting;
    }

    public String getInstruction() {
        return instruction;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Instant getRoutedAt() {
        return routedAt;
    }

    public String getFinishNote() {
        return finishNote;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getFinishedBy() {
        return finishedBy;
    }

    public String getRoutedBy() {
        return routedBy;
    }

    public String getAnswerNumbers() {
        return answerNumbers;
    }

    public List<Assignee> getAssistants() {
        return Collections.unmodifiableList(assistants);
    }

    public List<HandlingNote> getProgress() {
        return Collections.unmodifiableList(progress);
    }
}
