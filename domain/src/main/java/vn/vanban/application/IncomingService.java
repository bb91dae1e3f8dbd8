package vn.vanban.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.account.UserAccountRepository;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.document.DocumentRepository;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.document.RegisterCounter;
import vn.vanban.domain.model.file.FileStore;
import vn.vanban.domain.model.file.StoredFile;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingFileKind;
import vn.vanban.domain.model.incoming.IncomingFilter;
import vn.vanban.domain.model.incoming.IncomingRepository;
import vn.vanban.domain.model.incoming.IncomingStatus;
import vn.vanban.domain.model.incoming.Receipt;
import vn.vanban.domain.model.organisation.CommitteeRepository;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.IssuerRepository;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The secretariat's work on incoming documents (văn bản đến): receiving one with its file, entering it in the
 * register with the next số đến, listing and exporting the register. Guarantees: the số đến of a receiving body
 * runs 1, 2, 3 ... without gap or repeat within each calendar year, whatever the number of threads and instances
 * registering at once (the body's counter row for the year is locked by the registering transaction, which also
 * gives the number back if it rolls back); a document the body already has (same sender, number and date) is
 * recorded with a link to it and is not registered again unless the secretariat confirms it knowingly; nothing
 * is stored when a check fails.
 */
@Stateless
public class IncomingService {

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
        require(actor, Role.SECRETARIAT);
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
        return document;
    }

    /**
     * Enters a received document in the register with the next số đến of its body and year. A document the body
     * already registered (same sender, number and date) is refused with INCOMING_DUPLICATE, unless
     * {@code confirmDuplicate} says the secretariat knows and wants it registered again.
     */
    public IncomingDocument register(Actor actor, long id, boolean confirmDuplicate) {
        require(actor, Role.SECRETARIAT);
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
     * The phiếu giải quyết, given by a signer who sits on a committee of the receiving body: the lead (a member of
     * such a committee: LEAD_NOT_IN_COMMITTEE otherwise), who assists, the instruction and the deadline (not before
     * the arrival: DEADLINE_BEFORE_ARRIVAL). Routing again replaces the slip.
     */
    public IncomingDocument route(Actor actor, long id, Long leadUserId, String assisting, String instruction,
                                  LocalDate deadline) {
        require(actor, Role.SIGNER);
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
        document.route(lead.getUsername(), lead.getDisplayName(), assisting, instruction, deadline, actor.username(),
                clock.instant());
        audit.record(actor, AuditAction.INCOMING_ROUTED, AuditTrail.incoming(id),
                lead.getUsername() + (deadline == null ? "" : ", hạn " + deadline));
        return document;
    }

    /** Whether {@code username} is a member of a committee whose documents {@code body} issues and receives. */
    private boolean sitsFor(String username, Issuer body) {
        return committees.membershipsOf(username).stream()
                .anyMatch(membership -> body.equals(membership.getCommittee().getIssuer()));
    }

    public IncomingDocument get(Actor actor, long id) {
        requireStaff(actor);
        return incoming.find(id).orElseThrow(() -> new NotFoundException(ErrorCode.INCOMING_NOT_FOUND));
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
        requireStaff(actor);
        return incoming.list(filter, first, max);
    }

    public long count(Actor actor, IncomingFilter filter) {
        requireStaff(actor);
        return incoming.count(filter);
    }

    /** The senders recorded so far, for the list to choose from while receiving; a new one is simply typed. */
    public List<String> senders(Actor actor, String text) {
        requireStaff(actor);
        return incoming.senders(text, 50);
    }

    private static void require(Actor actor, Role role) {
        if (!actor.has(role)) {
            throw new DomainException(ErrorCode.NOT_ALLOWED);
        }
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new DomainException(ErrorCode.NOT_ALLOWED);
        }
    }
}
