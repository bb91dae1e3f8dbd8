package vn.vanban.application.incoming;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.PortalLinks;
import vn.vanban.application.audit.AuditTrail;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.mail.MailOutbox;
import vn.vanban.application.search.SearchIndexer;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.account.UserAccountRepository;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentRepository;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.document.DraftContent;
import vn.vanban.domain.model.document.RegisterCounter;
import vn.vanban.domain.model.file.FileStore;
import vn.vanban.domain.model.file.StoredFile;
import vn.vanban.domain.model.incoming.Assignee;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingFileKind;
import vn.vanban.domain.model.incoming.IncomingFilter;
import vn.vanban.domain.model.incoming.IncomingReader;
import vn.vanban.domain.model.incoming.IncomingRepository;
import vn.vanban.domain.model.incoming.IncomingStatus;
import vn.vanban.domain.model.incoming.IncomingText;
import vn.vanban.domain.model.incoming.IncomingTextRepository;
import vn.vanban.domain.model.incoming.Receipt;
import vn.vanban.domain.model.meeting.MeetingRepository;
import vn.vanban.domain.model.organisation.CommitteeRepository;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.IssuerRepository;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.domain.model.shared.Texts;
import vn.vanban.domain.model.task.TaskRepository;
import vn.vanban.reports.render.VietnameseDates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The secretariat's work on incoming documents (văn bản đến): receiving one with its file, entering it in the
 * register with the next số đến, listing and exporting the register. Guarantees: the số đến of a receiving body
 * runs 1, 2, 3 ... without gap or repeat within each calendar year, whatever the number of threads and instances
 * registering at once (the body's counter row for the year is locked by the registering transaction, which also
 * gives the number back if it rolls back); a document the body already has (same sender, number and date) is
 * recorded with a link to it and is not registered again unless the secretariat confirms it knowingly; nothing
 * is stored when a check fails. Staff read every incoming document that is not confidential; a confidential one
 * only the secretariat, the signers who sit on a committee of the receiving body and those it is assigned to. Those
 * it is assigned to (lead and assisting) see it, record progress, and the lead finishes it; an urgent one is mailed to the lead through the {@link MailOutbox} in the routing transaction.
 * The text of a received file is had at once from a PDF's text layer or recognised later from a scan
 * ({@link IncomingTexts}); search shows a document to those {@link #readableAmong} keeps, by the same rule as opening it.
 */
@Stateless
public class IncomingService {

    /** An answer is a công văn unless the one who starts it chooses another type. */
    static final String ANSWER_TYPE = "CV";

    /** An arrival time further ahead than this is a typing mistake, not a clock a little fast. */
    private static final Duration ARRIVAL_TOLERANCE = Duration.ofMinutes(5);

    @Inject
    private IncomingRepository incoming;

    @Inject
    private DocumentRepository documents;

    @Inject
    private IssuerRepository issuers;

    @Inject
    private FileStore files;

    @Inject
    private CommitteeRepository committees;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailOutbox outbox;

    @Inject
    private SearchIndexer searchIndex;

    @Inject
    private IncomingTexts texts;

    @Inject
    private IncomingTextRepository textRepository;

    @Inject
    private MeetingRepository meetings;

    @Inject
    private TaskRepository tasks;

    @Inject
    private PortalLinks links;

    private final Clock clock = Clock.systemUTC();

    public LocalDate today() {
        return LocalDate.now(clock.withZone(IncomingDocument.VIETNAM));
    }

    /**
     * Records a document that arrived, with its file. A receipt of a document the body already has is flagged as a
     * duplicate of it. With {@code register}, it is also entered in the register at once, unless it is such a
     * duplicate: then it stays received, flagged, for the secretariat to decide.
     */
    public IncomingDocument receive(Actor actor, long issuerId, String typeCode, Receipt receipt, byte[] file,
                                    String fileName, boolean register) {
        actor.require(Role.SECRETARIAT);
        Issuer body = issuers.find(issuerId).orElseThrow(() -> new DomainException(ErrorCode.ISSUER_NOT_FOUND, "issuerId"));
        DocumentType type = documents.type(typeCode)
                .orElseThrow(() -> new DomainException(ErrorCode.DOCUMENT_TYPE_NOT_FOUND, "typeCode"));
        Instant now = clock.instant();
        Receipt arrived = receipt.arrivedAt() != null ? receipt : new Receipt(receipt.sender(), receipt.numberSymbol(),
                receipt.documentDate(), receipt.summary(), receipt.urgency(), receipt.confidentiality(),
                receipt.medium(), now, receipt.recipient(), receipt.note());
        if (arrived.arrivedAt().isAfter(now.plus(ARRIVAL_TOLERANCE))) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "arrivedAt");
        }
        IncomingFileKind kind = IncomingFiles.check(file);
        IncomingDocument document = new IncomingDocument(body, type, arrived, StoredFile.sha256(file), fileName, kind,
                actor.username());
        StoredFile stored = files.store(new StoredFile(file, kind.mediaType(), now));
        incoming.add(document);
        incoming.sameDocument(document).stream().findFirst().ifPresent(document::flagAsDuplicateOf);
        audit.record(actor, AuditAction.INCOMING_RECEIVED, AuditTrail.incoming(document.getId()),
                document.getNumberSymbol() + " " + document.getSender() + " " + stored.getSha256());
        if (register && document.getDuplicateOf() == null) {
            enterInRegister(actor, document, false);
        }
        // Last, so that the search index describes the document as this transaction leaves it.
        texts.begin(document, file);
        return document;
    }

    /**
     * Corrects the details of a receipt that is not registered yet (an e-mailed one comes as "Không số" from the
     * mail's sender). Whether it repeats a document the body already has is decided again on the corrected details.
     */
    public IncomingDocument correct(Actor actor, long id, String typeCode, Receipt receipt) {
        actor.require(Role.SECRETARIAT);
        IncomingDocument document = incoming.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException(ErrorCode.INCOMING_NOT_FOUND));
        DocumentType type = documents.type(typeCode)
                .orElseThrow(() -> new DomainException(ErrorCode.DOCUMENT_TYPE_NOT_FOUND, "typeCode"));
        Receipt arrived = receipt.arrivedAt() != null ? receipt : new Receipt(receipt.sender(), receipt.numberSymbol(),
                receipt.documentDate(), receipt.summary(), receipt.urgency(), receipt.confidentiality(),
                receipt.medium(), document.getArrivedAt(), receipt.recipient(), receipt.note());
        if (arrived.arrivedAt().isAfter(clock.instant().plus(ARRIVAL_TOLERANCE))) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "arrivedAt");
        }
        document.correct(type, arrived);
        incoming.sameDocument(document).stream().findFirst().ifPresent(document::flagAsDuplicateOf);
        audit.record(actor, AuditAction.INCOMING_CORRECTED, AuditTrail.incoming(id),
                document.getNumberSymbol() + " " + document.getSender());
        searchIndex.index(document);
        return document;
    }

    /**
     * Enters a received document in the register with the next số đến of its body and year. A document the body
     * already registered (same sender, number and date) is refused with INCOMING_DUPLICATE, unless
     * {@code confirmDuplicate} says the secretariat knows and wants it registered again.
     */
    public IncomingDocument register(Actor actor, long id, boolean confirmDuplicate) {
        actor.require(Role.SECRETARIAT);
        IncomingDocument document = incoming.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException(ErrorCode.INCOMING_NOT_FOUND));
        if (document.getStatus() != IncomingStatus.RECEIVED) {
            throw new DomainException(ErrorCode.ILLEGAL_TRANSITION, "status");
        }
        enterInRegister(actor, document, confirmDuplicate);
        return document;
    }

    private void enterInRegister(Actor actor, IncomingDocument document, boolean confirmDuplicate) {
        int year = document.registerYear();
        RegisterCounter counter = documents.lockCounter(document.getReceivingBody().getId(),
                IncomingDocument.registerSeries(year));
        // Looked for under the counter's lock: a copy registered by a transaction that held it before has committed.
        Optional<IncomingDocument> registered = incoming.sameDocument(document).stream()
                .filter(other -> other.getRegisterNumber() != null).findFirst();
        if (registered.isPresent()) {
            if (!confirmDuplicate) {
                throw new DomainException(ErrorCode.INCOMING_DUPLICATE, "duplicateOf");
            }
            document.flagAsDuplicateOf(registered.get());
        }
        int number = counter.next();
        document.register(number, actor.username(), clock.instant());
        audit.record(actor, AuditAction.INCOMING_REGISTERED, AuditTrail.incoming(document.getId()),
                "số đến " + document.registerNumberText() + "/" + year
                        + registered.map(original -> ", trùng với văn bản đến " + original.getId() + ", đã xác nhận")
                        .orElse(""));
    }

    /**
     * The phiếu giải quyết, given by a signer who sits on a committee of the receiving body: the lead and the people
     * who assist (each a member of such a committee: LEAD_NOT_IN_COMMITTEE, ASSISTANT_NOT_IN_COMMITTEE otherwise),
     * units that assist, the instruction and the deadline (not before the arrival: DEADLINE_BEFORE_ARRIVAL). Routing
     * again replaces the slip. An urgent document (khẩn, thượng khẩn, hỏa tốc) is mailed to the lead at once, in
     * this transaction's outbox, so the mail exists exactly when the routing does.
     */
    public IncomingDocument route(Actor actor, long id, Long leadUserId, List<Long> assistingUserIds,
                                  String assistingUnits, String instruction, LocalDate deadline) {
        actor.require(Role.SIGNER);
        IncomingDocument document = incoming.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException(ErrorCode.INCOMING_NOT_FOUND));
        Issuer body = document.getReceivingBody();
        if (!sitsFor(actor.username(), body)) {
            throw new DomainException(ErrorCode.NOT_ALLOWED);
        }
        if (leadUserId == null) {
            throw new DomainException(ErrorCode.LEAD_REQUIRED, "leadUserId");
        }
        UserAccount lead = accounts.find(leadUserId)
                .orElseThrow(() -> new DomainException(ErrorCode.USER_NOT_FOUND, "leadUserId"));
        if (!sitsFor(lead.getUsername(), body)) {
            throw new DomainException(ErrorCode.LEAD_NOT_IN_COMMITTEE, "leadUserId");
        }
        List<Assignee> assisting = new ArrayList<>();
        for (Long assistantId : assistingUserIds == null ? List.<Long>of() : assistingUserIds) {
            UserAccount person = assistantId == null ? null : accounts.find(assistantId).orElse(null);
            if (person == null) {
                throw new DomainException(ErrorCode.USER_NOT_FOUND, "assistingUserIds");
            }
            if (!sitsFor(person.getUsername(), body)) {
                throw new DomainException(ErrorCode.ASSISTANT_NOT_IN_COMMITTEE, "assistingUserIds");
            }
            assisting.add(assignee(person));
        }
        document.route(assignee(lead), assisting, assistingUnits, instruction, deadline, actor.username(),
                clock.instant());
        audit.record(actor, AuditAction.INCOMING_ROUTED, AuditTrail.incoming(id),
                lead.getUsername() + (deadline == null ? "" : ", hạn " + deadline));
        if (document.getUrgency().isUrgent() && lead.isEnabled() && lead.getEmail() != null
                && !lead.getEmail().isBlank()) {
            outbox.queue(List.of(lead.getEmail()), urgentSubject(document), urgentText(document));
        }
        return document;
    }

    static String urgentSubject(IncomingDocument document) {
        return "[Văn bản đến " + urgencyWord(document) + "] " + document.getType().getName() + " "
                + document.getNumberSymbol() + ": " + document.getSummary();
    }

    private static String urgencyWord(IncomingDocument document) {
        return switch (document.getUrgency()) {
            case URGENT -> "khẩn";
            case VERY_URGENT -> "thượng khẩn";
            case FLASH -> "hỏa tốc";
            case NORMAL -> "thường";
        };
    }

    private String urgentText(IncomingDocument document) {
        return "Đồng chí được giao chủ trì giải quyết văn bản đến " + urgencyWord(document) + " "
                + document.getNumberSymbol() + " ngày " + VietnameseDates.shortForm(document.getDocumentDate())
                + " của " + document.getSender() + ":\n\n" + document.getSummary()
                + (document.getInstruction() == null ? "" : "\n\nÝ kiến chỉ đạo: " + document.getInstruction())
                + (document.getDeadline() == null ? ""
                : "\nHạn giải quyết: " + VietnameseDates.shortForm(document.getDeadline()))
                + "\n\nXem văn bản và phiếu giải quyết tại:\n"
                + links.to("member/incoming.xhtml?id=" + document.getId())
                + MailOutbox.FOOTER;
    }

    /** A line of the sổ theo dõi giải quyết by the lead or someone who assists (INCOMING_NOT_ASSIGNED otherwise). */
    public IncomingDocument recordProgress(Actor actor, long id, String note) {
        IncomingDocument document = readableForUpdate(actor, id);
        document.recordProgress(assignee(actor), note, clock.instant());
        audit.record(actor, AuditAction.INCOMING_PROGRESS, AuditTrail.incoming(id), document.getProgress()
                .get(document.getProgress().size() - 1).getNote());
        return document;
    }

    /** The lead finishes the handling with a note (INCOMING_NOT_LEAD for anyone else). */
    public IncomingDocument finish(Actor actor, long id, String note) {
        IncomingDocument document = readableForUpdate(actor, id);
        document.finishBy(assignee(actor), note, clock.instant());
        audit.record(actor, AuditAction.INCOMING_FINISHED, AuditTrail.incoming(id), document.getFinishNote());
        return document;
    }

    /**
     * "Soạn văn bản trả lời": starts an outgoing draft of the receiving body that answers this document (relation
     * ANSWERS), of {@code typeCode} (a công văn when absent), its summary and recipients filled from the incoming
     * one. The lead, those who assist and the secretariat may start it (INCOMING_ANSWER_NOT_ALLOWED for other
     * readers); the document must be in the register and not finished (ILLEGAL_TRANSITION). Starting an answer
     * changes nothing on the incoming document: the draft may still be abandoned. Its issue, in
     * {@link DocumentService#issue}, writes the number into the register and finishes the handling.
     */
    public Document answer(Actor actor, long id, String typeCode) {
        IncomingDocument answered = readableForUpdate(actor, id);
        if (!actor.has(Role.SECRETARIAT) && !answered.isAssignedTo(actor.username())) {
            throw new DomainException(ErrorCode.INCOMING_ANSWER_NOT_ALLOWED);
        }
        answered.requireAnswerable();
        String code = typeCode == null || typeCode.isBlank() ? ANSWER_TYPE : typeCode.strip();
        DocumentType type = documents.type(code)
                .orElseThrow(() -> new DomainException(ErrorCode.DOCUMENT_TYPE_NOT_FOUND, "typeCode"));
        Document draft = new Document(answered.getReceivingBody(), type, new DraftContent(answerSummary(answered),
                type.getTemplate(), null, null, null, "- " + answered.getSender() + ";\n- Lưu VP.", null, Set.of()),
                actor.username(), clock.instant());
        draft.answer(answered);
        documents.add(draft);
        searchIndex.index(draft);
        audit.record(actor, AuditAction.DOCUMENT_CREATED, AuditTrail.document(draft.getId()),
                type.getCode() + ": " + draft.getSummary());
        audit.record(actor, AuditAction.INCOMING_ANSWER_STARTED, AuditTrail.incoming(id),
                "dự thảo văn bản " + draft.getId());
        return draft;
    }

    /** The trích yếu of an answer: what it answers, as a công văn names it ("V/v trả lời Công văn số ..."). */
    static String answerSummary(IncomingDocument answered) {
        return Texts.shortened("V/v trả lời " + answered.getType().getName() + " số " + answered.getNumberSymbol()
                + " ngày " + VietnameseDates.shortForm(answered.getDocumentDate()) + " của " + answered.getSender(),
                1000);
    }

    /** The outgoing documents that answer this one (drafts included), newest first, for those who read it. */
    public List<Document> answers(Actor actor, long id) {
        get(actor, id);
        return documents.answering(id);
    }

    /**
     * Everything that refers to this document, for those who read it: its answers, the agenda items and conclusions
     * that name it, the tasks of those conclusions.
     */
    public IncomingReferences references(Actor actor, long id) {
        get(actor, id);
        return new IncomingReferences(documents.answering(id), meetings.agendaItemsAbout(id),
                meetings.conclusionsAbout(id), tasks.fromConclusionsAbout(id));
    }

    /** The documents {@code actor} leads or assists in and that are not finished, urgent first, then by deadline. */
    public List<IncomingDocument> assignedTo(Actor actor) {
        if (actor.username() == null) {
            return List.of();
        }
        return incoming.assignedTo(actor.username(), 100);
    }

    /** The people a signer may assign a document of this body to: the members of its committees. */
    public List<UserAccount> possibleHandlers(Actor actor, long id) {
        IncomingDocument document = get(actor, id);
        return committees.all().stream().filter(c -> document.getReceivingBody().equals(c.getIssuer()))
                .flatMap(c -> c.getMembers().stream()).map(m -> m.getPerson()).distinct()
                .filter(UserAccount::isEnabled).toList();
    }

    /** Whether {@code actor} may give the phiếu giải quyết of this document now. */
    public boolean mayRoute(Actor actor, IncomingDocument document) {
        return actor.has(Role.SIGNER) && sitsFor(actor.username(), document.getReceivingBody())
                && (document.getStatus() == IncomingStatus.REGISTERED || document.getStatus() == IncomingStatus.ROUTED);
    }

    private Assignee assignee(UserAccount person) {
        return new Assignee(person.getUsername(), person.getDisplayName());
    }

    private Assignee assignee(Actor actor) {
        return accounts.findByUsername(actor.username()).map(this::assignee)
                .orElseGet(() -> new Assignee(actor.username(), actor.username()));
    }

    private IncomingDocument readableForUpdate(Actor actor, long id) {
        IncomingDocument document = incoming.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException(ErrorCode.INCOMING_NOT_FOUND));
        if (!mayRead(actor, document)) {
            throw new NotFoundException(ErrorCode.INCOMING_NOT_FOUND);
        }
        return document;
    }

    /** Anyone {@link IncomingReader#mayRead} refuses is answered as if the document did not exist. */
    private boolean mayRead(Actor actor, IncomingDocument document) {
        return reader(actor).mayRead(document);
    }

    private IncomingReader reader(Actor actor) {
        boolean signer = actor.has(Role.SIGNER) && !actor.has(Role.SECRETARIAT);
        Set<Long> bodies = signer ? committees.membershipsOf(actor.username()).stream()
                .map(membership -> membership.getCommittee().getIssuer()).filter(Objects::nonNull)
                .map(Issuer::getId).collect(Collectors.toSet()) : Set.of();
        return new IncomingReader(actor.username(), actor.isStaff(), actor.has(Role.SECRETARIAT), bodies);
    }

    /** The register as {@code actor} may see it: confidential documents only as {@link #mayRead} allows. */
    private IncomingFilter visibleTo(Actor actor, IncomingFilter filter) {
        IncomingReader reader = reader(actor);
        return reader.secretariat() ? filter : filter.confidentialLimitedTo(reader.signerFor(), actor.username());
    }

    /** Whether {@code username} is a member of a committee whose documents {@code body} issues and receives. */
    private boolean sitsFor(String username, Issuer body) {
        return committees.membershipsOf(username).stream()
                .anyMatch(membership -> body.equals(membership.getCommittee().getIssuer()));
    }

    /** One incoming document, for staff or for those it is assigned to (404 INCOMING_NOT_FOUND for others). */
    public IncomingDocument get(Actor actor, long id) {
        IncomingDocument document = incoming.find(id)
                .orElseThrow(() -> new NotFoundException(ErrorCode.INCOMING_NOT_FOUND));
        if (!mayRead(actor, document)) {
            throw new NotFoundException(ErrorCode.INCOMING_NOT_FOUND);
        }
        return document;
    }

    /**
     * The text of the document's file and how far getting it has come, for those who read the document (404
     * INCOMING_NOT_FOUND for others); empty only for a document whose text was never started.
     */
    public Optional<IncomingText> text(Actor actor, long id) {
        get(actor, id);
        return textRepository.find(id);
    }

    /**
     * Of the documents {@code ids}, those {@code actor} may read, as {@link #mayRead} decides for opening one: what
     * a search shows them.
     */
    public Set<Long> readableAmong(Actor actor, Collection<Long> ids) {
        IncomingReader reader = reader(actor);
        return incoming.findAll(ids).stream().filter(reader::mayRead)
                .map(IncomingDocument::getId).collect(Collectors.toSet());
    }

    /** The document's file, as received; the download is audited. */
    public StoredFile file(Actor actor, long id) {
        IncomingDocument document = get(actor, id);
        StoredFile file = files.find(document.getFileSha256())
                .orElseThrow(() -> new NotFoundException(ErrorCode.INCOMING_NOT_FOUND));
        audit.record(actor, AuditAction.INCOMING_FILE_DOWNLOADED, AuditTrail.incoming(id), file.getSha256());
        return file;
    }

    public List<IncomingDocument> list(Actor actor, IncomingFilter filter, int first, int max) {
        actor.requireStaff();
        return incoming.list(visibleTo(actor, filter), first, max);
    }

    public long count(Actor actor, IncomingFilter filter) {
        actor.requireStaff();
        return incoming.count(visibleTo(actor, filter));
    }

    /** The senders recorded so far, for the list to choose from while receiving; a new one is simply typed. */
    public List<String> senders(Actor actor, String text) {
        actor.requireStaff();
        return incoming.senders(text, 50);
    }
}
