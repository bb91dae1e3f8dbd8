package vn.vanban.application.document;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.audit.AuditTrail;
import vn.vanban.application.search.SearchIndexer;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.account.UserAccountRepository;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentFilter;
import vn.vanban.domain.model.document.DocumentPublished;
import vn.vanban.domain.model.document.DocumentRelation;
import vn.vanban.domain.model.document.DocumentRepository;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.document.DocumentVersion;
import vn.vanban.domain.model.document.DraftContent;
import vn.vanban.domain.model.document.RegisterCounter;
import vn.vanban.domain.model.document.RegisterNumber;
import vn.vanban.domain.model.document.RelationKind;
import vn.vanban.domain.model.document.VersionDiff;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.organisation.CommitteeRepository;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.IssuerRepository;
import vn.vanban.domain.model.organisation.Membership;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The secretariat's daily work on documents: drafting with versions, review and approval, issue with the next
 * number of the outgoing register, publication, revocation and replacement. Each method is one transaction; who may
 * do what is checked here (roles) and in {@link Document} (lifecycle, the named signer).
 */
@Stateless
public class DocumentService {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    private DocumentRepository documents;

    @Inject
    private IssuerRepository issuers;

    @Inject
    private CommitteeRepository committees;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Event<DocumentPublished> published;

    @Inject
    private SearchIndexer searchIndex;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** Today in Vietnam, where every date the portal prints or numbers by is. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    public List<DocumentType> types() {
        return documents.types();
    }

    /** The types the issuer's secretariat may draft, in the register's order. */
    public List<DocumentType> types(long issuerId) {
        Issuer issuer = issuers.find(issuerId).orElseThrow(() -> new DomainException(ErrorCode.ISSUER_NOT_FOUND, "issuer"));
        return documents.types().stream().filter(type -> issuer.usesType(type.getCode())).toList();
    }

    public DocumentType type(String code) {
        return documents.type(code).orElseThrow(() -> new DomainException(ErrorCode.DOCUMENT_TYPE_NOT_FOUND, "type"));
    }

    public Document createDraft(Actor actor, long issuerId, String typeCode, DraftInput input) {
        actor.require(Role.SECRETARIAT);
        Issuer issuer = issuers.find(issuerId).orElseThrow(() -> new DomainException(ErrorCode.ISSUER_NOT_FOUND, "issuer"));
        DocumentType type = type(typeCode);
        if (!issuer.usesType(type.getCode())) {
            throw new DomainException(ErrorCode.DOCUMENT_TYPE_NOT_USED, "type");
        }
        DraftInput filled = input.body() == null || input.body().isBlank()
                ? new DraftInput(input.summary(), type.getTemplate(), input.signerId(), input.signingCapacity(),
                input.signerPosition(), input.recipients(), input.audience(), input.committeeIds())
                : input;
        Document document = new Document(issuer, type, content(filled), actor.username(), clock.instant());
        documents.add(document);
        searchIndex.index(document);
        audit.record(actor, AuditAction.DOCUMENT_CREATED, AuditTrail.document(document.getId()),
                type.getCode() + ": " + document.getSummary());
        return document;
    }

    /**
     * Saves a new version of a draft. {@code basedOnVersion} is the version the editor started from: if someone
     * saved in between, the save is refused with CONCURRENT_MODIFICATION instead of overwriting their work.
     */
    public DocumentVersion saveDraft(Actor actor, long id, int basedOnVersion, DraftInput input, String note) {
        actor.require(Role.SECRETARIAT);
        Document document = get(actor, id);
        if (document.getCurrentVersion() != basedOnVersion) {
            throw new DomainException(ErrorCode.CONCURRENT_MODIFICATION);
        }
        DocumentVersion saved = document.revise(content(input), actor.username(), note, clock.instant());
        searchIndex.index(document);
        audit.record(actor, AuditAction.DOCUMENT_SAVED, AuditTrail.document(id), "version " + saved.getNumber());
        return saved;
    }

    public Document relate(Actor actor, long id, RelationKind kind, long targetId) {
        actor.require(Role.SECRETARIAT);
        Document document = get(actor, id);
        document.relateTo(kind, get(actor, targetId));
        return document;
    }

    public Document removeRelation(Actor actor, long id, long relationId) {
        actor.require(Role.SECRETARIAT);
        Document document = get(actor, id);
        document.removeRelation(relationId);
        return document;
    }

    public Document submitForReview(Actor actor, long id, String comment, Set<Long> consulteeIds) {
        actor.require(Role.SECRETARIAT);
        Document document = get(actor, id);
        Set<UserAccount> consulted = consulteeIds == null ? Set.of() : consulteeIds.stream()
                .map(uid -> accounts.find(uid).orElseThrow(() -> new DomainException(ErrorCode.USER_NOT_FOUND, "consultees")))
                .collect(Collectors.toSet());
        document.submitForReview(actor.username(), comment, consulted, clock.instant());
        audit.record(actor, AuditAction.DOCUMENT_SUBMITTED, AuditTrail.document(id), comment);
        return document;
    }

    /** Drafts on which {@code actor} has been asked for an opinion and that are still under review. */
    public List<Document> consultations(Actor actor) {
        return documents.consultations(actor.username());
    }

    public Document comment(Actor actor, long id, String text) {
        Document document = get(actor, id);
        if (!actor.isStaff() && !document.isConsulted(actor.username())) {
            throw new DomainException(ErrorCode.NOT_ALLOWED);
        }
        document.comment(actor.username(), text, clock.instant());
        audit.record(actor, AuditAction.DOCUMENT_COMMENTED, AuditTrail.document(id), text);
        return document;
    }

    public Document approve(Actor actor, long id, String comment) {
        actor.require(Role.SIGNER);
        Document document = get(actor, id);
        document.approve(actor.username(), comment, clock.instant());
        audit.record(actor, AuditAction.DOCUMENT_APPROVED, AuditTrail.document(id), comment);
        return document;
    }

    public Document returnForChanges(Actor actor, long id, String comment) {
        Document document = get(actor, id);
        document.returnForChanges(actor.username(), actor.roles(), comment, clock.instant());
        audit.record(actor, AuditAction.DOCUMENT_RETURNED, AuditTrail.document(id), comment);
        return document;
    }

    /**
     * Issues an approved document with the next number of its series in the outgoing register. The series counter
     * stays locked until this transaction ends, so concurrent issues on any instance get consecutive numbers. A
     * document that replaces or revokes an issued one supersedes or revokes it at the same moment; one that answers an
     * incoming document gives it its number in the incoming register and finishes its handling (answered). The word
     * index takes the number with the PDF ({@link IssuedPdfService#render}), once the counter is free again.
     */
    public Document issue(Actor actor, long id, LocalDate issueDate) {
        actor.require(Role.SECRETARIAT);
        Document document = get(actor, id);
        LocalDate date = issueDate == null ? today() : issueDate;
        Issuer issuer = document.getIssuer();
        String typeCode = document.getType().getCode();
        String series = issuer.getNumberingRule().series(date, issuer.getTermStart(), typeCode);
        RegisterCounter counter = documents.lockCounter(issuer.getId(), series);
        int number = counter.next();
        document.issue(new RegisterNumber(number, series,
                        issuer.formatNumber(number, document.getType().getAbbreviation()), date),
                actor.username(), clock.instant());
        for (DocumentRelation relation : document.getRelations()) {
            Document target = relation.getTarget();
            if (relation.getKind() == RelationKind.REPLACES && target.getStatus().isIssued()) {
                target.supersede(document, actor.username(), clock.instant());
            } else if (relation.getKind() == RelationKind.REVOKES && target.getStatus().isIssued()) {
                target.revoke(document, actor.username(), clock.instant());
            } else if (relation.getKind() == RelationKind.ANSWERS) {
                relation.getIncomingTarget().recordAnswer(document.getNumberText(), actor.username(), clock.instant());
                audit.record(actor, AuditAction.INCOMING_ANSWERED,
                        AuditTrail.incoming(relation.getIncomingTarget().getId()), document.getNumberText());
            }
        }
        audit.record(actor, AuditAction.DOCUMENT_ISSUED, AuditTrail.document(id), document.getNumberText());
        return document;
    }

    public Document publish(Actor actor, long id) {
        actor.require(Role.SECRETARIAT);
        Document document = get(actor, id);
        document.publish(actor.username(), clock.instant());
        audit.record(actor, AuditAction.DOCUMENT_PUBLISHED, AuditTrail.document(id), document.getAudience().name());
        published.fire(new DocumentPublished(document.getId()));
        searchIndex.index(document);
        return document;
    }

    public Document revoke(Actor actor, long id, long revokingId) {
        actor.require(Role.SECRETARIAT);
        Document document = get(actor, id);
        document.revoke(get(actor, revokingId), actor.username(), clock.instant());
        audit.record(actor, AuditAction.DOCUMENT_REVOKED, AuditTrail.document(id), "by document " + revokingId);
        return document;
    }

    /** Starts the correction of an issued document: a new draft with its content that will replace it once issued. */
    public Document startReplacement(Actor actor, long id) {
        actor.require(Role.SECRETARIAT);
        Document original = get(actor, id);
        if (!original.getStatus().isIssued()) {
            throw new DomainException(ErrorCode.ILLEGAL_TRANSITION, "status");
        }
        DraftInput copy = new DraftInput(original.getSummary(), original.getBody(),
                original.getSigner() == null ? null : original.getSigner().getId(), original.getSigningCapacity(),
                original.getSignerPosition(), original.getRecipients(), original.getAudience(),
                original.getAudienceCommittees().stream().map(Committee::getId).collect(Collectors.toSet()));
        Document replacement = new Document(original.getIssuer(), original.getType(), content(copy),
                actor.username(), clock.instant());
        if (original.getSecondSigner() != null) {
            replacement.requireSecondSignature(original.getSecondSigner(), original.getSecondSignerPosition());
        }
        replacement.relateTo(RelationKind.REPLACES, original);
        documents.add(replacement);
        audit.record(actor, AuditAction.DOCUMENT_REPLACEMENT_STARTED, AuditTrail.document(replacement.getId()),
                "replaces document " + id);
        searchIndex.index(replacement);
        return replacement;
    }

    /**
     * The document if {@code actor} may read it: staff read everything; members what is published to their
     * committees; anybody what is published to the public. Otherwise it does not exist, as far as they can tell.
     */
    public Document get(Actor actor, long id) {
        Document document = documents.find(id).orElseThrow(() -> new NotFoundException(ErrorCode.DOCUMENT_NOT_FOUND));
        if (actor.isStaff() || document.isConsulted(actor.username()) || document.isRequiredSigner(actor.username())
                || document.isAddressedTo(committeeIdsOf(actor))) {
            return document;
        }
        throw new NotFoundException(ErrorCode.DOCUMENT_NOT_FOUND);
    }

    public List<Document> list(Actor actor, DocumentFilter filter, int first, int max) {
        actor.requireStaff();
        return documents.list(filter, first, max);
    }

    public long count(Actor actor, DocumentFilter filter) {
        actor.requireStaff();
        return documents.count(filter);
    }

    /** What a member (or, without a username, the public) may read, newest first. */
    public List<Document> published(Actor actor, int first, int max) {
        Set<Long> mine = committeeIdsOf(actor);
        return documents.publishedFor(mine, actor.username() == null, first, max);
    }

    /**
     * A saved version of the draft, for those who saw the drafts: staff, members asked for their opinion and the
     * signers. Its audience reads the published text only; to them earlier versions do not exist.
     */
    public DocumentVersion version(Actor actor, long id, int number) {
        Document document = get(actor, id);
        if (!actor.isStaff() && !document.isConsulted(actor.username()) && !document.isRequiredSigner(actor.username())) {
            throw new NotFoundException(ErrorCode.VERSION_NOT_FOUND);
        }
        return document.getVersions().stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new NotFoundException(ErrorCode.VERSION_NOT_FOUND));
    }

    public List<VersionDiff.Segment> diff(Actor actor, long id, int from, int to) {
        actor.requireStaff();
        return VersionDiff.between(version(actor, id, from).getBody(), version(actor, id, to).getBody());
    }

    public List<Document> register(Actor actor, Long issuerId, String typeCode, LocalDate from, LocalDate to,
                                   int first, int max) {
        actor.requireStaff();
        return documents.register(issuerId, typeCode, from, to, first, max);
    }

    public long countRegister(Actor actor, Long issuerId, String typeCode, LocalDate from, LocalDate to) {
        actor.requireStaff();
        return documents.countRegister(issuerId, typeCode, from, to);
    }

    private Set<Long> committeeIdsOf(Actor actor) {
        if (actor.username() == null) {
            return Set.of();
        }
        return committees.membershipsOf(actor.username()).stream()
                .map(Membership::getCommittee).map(Committee::getId).collect(Collectors.toSet());
    }

    private DraftContent content(DraftInput input) {
        UserAccount signer = input.signerId() == null ? null : accounts.find(input.signerId())
                .filter(a -> a.hasRole(Role.SIGNER))
                .orElseThrow(() -> new DomainException(ErrorCode.SIGNER_REQUIRED, "signer"));
        Set<Committee> chosen = input.committeeIds() == null ? Set.of() : input.committeeIds().stream()
                .map(cid -> committees.find(cid).orElseThrow(() -> new DomainException(ErrorCode.COMMITTEE_NOT_FOUND, "committees")))
                .collect(Collectors.toSet());
        return new DraftContent(input.summary(), input.body(), signer, input.signingCapacity(), input.signerPosition(),
                input.recipients(), input.audience(), chosen);
    }
}
