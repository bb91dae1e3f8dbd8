package vn.vanban.web.secretariat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.account.AccountService;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.document.DraftInput;
import vn.vanban.application.document.InboxService;
import vn.vanban.application.document.IssuedPdfService;
import vn.vanban.application.document.SigningService;
import vn.vanban.application.organisation.OrganisationService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentFilter;
import vn.vanban.domain.model.document.DocumentRelation;
import vn.vanban.domain.model.document.DocumentStatus;
import vn.vanban.domain.model.document.DownloadRecord;
import vn.vanban.domain.model.document.RelationKind;
import vn.vanban.domain.model.document.VersionDiff;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.web.faces.Feedback;
import vn.vanban.web.faces.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * One document's workbench ({@code secretariat/document.xhtml?id=}): the draft editor with its versions and
 * diffs, and the review, approval, issue and publication steps the current user may take.
 */
@Named
@ViewScoped
public class DocumentBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "documentForm";

    @Inject
    private DocumentService documents;

    @Inject
    private AccountService accounts;

    @Inject
    private IssuedPdfService issuedPdfs;

    @Inject
    private SigningService signing;

    @Inject
    private InboxService inbox;

    private List<InboxService.Reader> readers;
    private List<DownloadRecord> downloads;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    private Long id;
    /*
     * Entities with lazy collections do not move with the view to another instance of the group (read back there they
     * could not load those collections): they are transient and reloaded by id on first use after a move.
     */
    private transient Document document;
    private List<UserAccount> signers;
    private transient List<Committee> committees;

    private String summary;
    private String body;
    private Long signerId;
    private String signingCapacity;
    private String signerPosition;
    private String recipients;
    private Audience audience;
    private List<Long> committeeIds = new ArrayList<>();
    private String note;
    private int basedOnVersion;
    private boolean conflict;

    private String comment;
    private List<Long> consulteeIds = new ArrayList<>();
    private List<UserAccount> members;
    private LocalDate issueDate;

    private RelationKind relationKind = RelationKind.REFERS_TO;
    private Long relationTargetId;
    private transient Document relationTarget;
    private Long revokingDocumentId;
    private transient Document revokingDocument;

    private Integer diffFrom;
    private Integer diffTo;
    private List<VersionDiff.Segment> diff;

    /** Loads the document named in the URL; an unknown or unreadable id shows the 404 page. */
    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException(ErrorCode.DOCUMENT_NOT_FOUND);
            }
            document = documents.get(actor, id);
        } catch (NotFoundException missing) {
            Pages.notFound();
            return;
        }
        signers = accounts.signers();
        members = accounts.members();
        if (document.getCurrentVersion() > 1) {
            diffFrom = document.getCurrentVersion() - 1;
            diffTo = document.getCurrentVersion();
            diff = documents.diff(actor, id, diffFrom, diffTo);
        }
        fillForm();
        issueDate = LocalDate.now(DocumentService.VIETNAM);
    }

    private void reload() {
        document = documents.get(actor, id);
        fillForm();
        readers = null;
        downloads = null;
    }

    /** Read receipts of a published document: its audience, and when each first opened it. */
    public List<InboxService.Reader> getReaders() {
        if (readers == null) {
            readers = getDocument().getStatus().isIssued() ? inbox.readers(actor, id) : List.of();
        }
        return readers;
    }

    public long getReadCount() {
        return getReaders().stream().filter(r -> r.readAt() != null).count();
    }

    public List<DownloadRecord> getDownloads() {
        if (downloads == null) {
            downloads = getDocument().getStatus().isIssued() ? inbox.downloads(actor, id) : List.of();
        }
        return downloads;
    }

    private void fillForm() {
        Document document = getDocument();
        summary = document.getSummary();
        body = document.getBody();
        signerId = document.getSigner() == null ? null : document.getSigner().getId();
        signingCapacity = document.getSigningCapacity();
        signerPosition = document.getSignerPosition();
        recipients = document.getRecipients();
        audience = document.getAudience();
        committeeIds = new ArrayList<>(document.getAudienceCommittees().stream().map(Committee::getId).toList());
        basedOnVersion = document.getCurrentVersion();
        note = null;
        comment = null;
        conflict = false;
    }

    public void save() {
        DraftInput input = new DraftInput(summary, body, signerId, signingCapacity, signerPosition, recipients,
                audience, new HashSet<>(committeeIds));
        try {
            documents.saveDraft(actor, id, basedOnVersion, input, note);
        } catch (DomainException e) {
            if (e.getCode() == ErrorCode.CONCURRENT_MODIFICATION) {
                conflict = true;
                document = documents.get(actor, id);
                diffFrom = basedOnVersion;
                diffTo = getDocument().getCurrentVersion();
                showDiff();
            }
            feedback.show(e, FORM);
            return;
        }
        reload();
        feedback.info("secretariat_document.message.saved", getDocument().getCurrentVersion());
    }

    public void submit() {
        step(() -> documents.submitForReview(actor, id, comment, new HashSet<>(consulteeIds)),
                "secretariat_document.message.submitted");
    }

    public void approve() {
        step(() -> documents.approve(actor, id, comment), "secretariat_document.message.approved");
    }

    public void returnForChanges() {
        step(() -> documents.returnForChanges(actor, id, comment), "secretariat_document.message.returned");
    }

    public void addComment() {
        step(() -> documents.comment(actor, id, comment), "secretariat_document.message.commented");
    }

    public void issue() {
        step(() -> {
            documents.issue(actor, id, issueDate);
            issuedPdfs.render(actor, id);
        }, "secretariat_document.message.issued");
    }

    public void sign() {
        step(() -> signing.sign(actor, id), "secretariat_document.message.signed");
    }

    public boolean isCanSign() {
        Document document = getDocument();
        return document.getStatus() == DocumentStatus.ISSUED && document.getPdfSha256() != null
                && document.nextSigner().map(next -> next.getUsername().equals(actor.username())).orElse(false);
    }

    public void publish() {
        step(() -> documents.publish(actor, id), "secretariat_document.message.published");
    }

    public String startReplacement() {
        Document[] replacement = new Document[1];
        if (feedback.attempt(() -> replacement[0] = documents.startReplacement(actor, id), FORM)) {
            return "/secretariat/document.xhtml?faces-redirect=true&id=" + replacement[0].getId();
        }
        return null;
    }

    private void step(Runnable action, String successKey) {
        if (feedback.attempt(action, "stepForm")) {
            reload();
            String number = getDocument().getNumberText();
            feedback.info(successKey, number == null ? "" : number);
        }
    }

    /** Documents to relate to or revoke with, found by number or summary. */
    public List<Document> completeDocument(String query) {
        return documents.list(actor, new DocumentFilter(null, null, null, query), 0, 15).stream()
                .filter(candidate -> !candidate.getId().equals(id)).toList();
    }

    public void addRelation() {
        if (relationTargetId == null) {
            feedback.show(new DomainException(ErrorCode.DOCUMENT_NOT_FOUND, "relationTarget"), "relationsForm");
            return;
        }
        if (feedback.attempt(() -> documents.relate(actor, id, relationKind, relationTargetId), "relationsForm")) {
            setRelationTarget(null);
            reload();
        }
    }

    public void removeRelation(DocumentRelation relation) {
        if (feedback.attempt(() -> documents.removeRelation(actor, id, relation.getId()), "relationsForm")) {
            reload();
        }
    }

    public void revoke() {
        if (revokingDocumentId == null) {
            feedback.show(new DomainException(ErrorCode.DOCUMENT_NOT_FOUND, "revokingDocument"), "stepForm");
            return;
        }
        step(() -> documents.revoke(actor, id, revokingDocumentId), "secretariat_document.message.revoked");
    }

    public boolean isCanRevoke() {
        Document document = getDocument();
        return (document.getStatus() == DocumentStatus.ISSUED || document.getStatus() == DocumentStatus.PUBLISHED)
                && actor.has(Role.SECRETARIAT);
    }

    public RelationKind[] getRelationKinds() {
        return RelationKind.betweenOutgoing();
    }

    public RelationKind getRelationKind() {
        return relationKind;
    }

    public void setRelationKind(RelationKind relationKind) {
        this.relationKind = relationKind;
    }

    public Document getRelationTarget() {
        if (relationTarget == null && relationTargetId != null) {
            relationTarget = documents.get(actor, relationTargetId);
        }
        return relationTarget;
    }

    public void setRelationTarget(Document relationTarget) {
        this.relationTarget = relationTarget;
        this.relationTargetId = relationTarget == null ? null : relationTarget.getId();
    }

    public Document getRevokingDocument() {
        if (revokingDocument == null && revokingDocumentId != null) {
            revokingDocument = documents.get(actor, revokingDocumentId);
        }
        return revokingDocument;
    }

    public void setRevokingDocument(Document revokingDocument) {
        this.revokingDocument = revokingDocument;
        this.revokingDocumentId = revokingDocument == null ? null : revokingDocument.getId();
    }

    public void showDiff() {
        if (diffFrom == null || diffTo == null) {
            diff = null;
            return;
        }
        feedback.attempt(() -> diff = documents.diff(actor, id, diffFrom, diffTo), "versionsForm");
    }

    public boolean isEditable() {
        return getDocument().getStatus().isEditable() && actor.has(Role.SECRETARIAT);
    }

    public boolean isCanSubmit() {
        return getDocument().getStatus() == DocumentStatus.DRAFT && actor.has(Role.SECRETARIAT);
    }

    public boolean isCanApprove() {
        Document document = getDocument();
        return document.getStatus() == DocumentStatus.IN_REVIEW && document.isSigner(actor.username());
    }

    public boolean isCanReturn() {
        Document document = getDocument();
        return (document.getStatus() == DocumentStatus.IN_REVIEW || document.getStatus() == DocumentStatus.APPROVED)
                && (document.isSigner(actor.username()) || actor.has(Role.SECRETARIAT));
    }

    public boolean isCanIssue() {
        return getDocument().getStatus() == DocumentStatus.APPROVED && actor.has(Role.SECRETARIAT);
    }

    public boolean isCanPublish() {
        Document document = getDocument();
        return document.getStatus() == DocumentStatus.ISSUED && document.isSigned() && actor.has(Role.SECRETARIAT);
    }

    public boolean isCanReplace() {
        Document document = getDocument();
        return document.getStatus().isIssued() && document.getReplacedBy() == null && actor.has(Role.SECRETARIAT);
    }

    public List<String> getCapacities() {
        return List.of("T/M BAN CHỈ ĐẠO", "K/T TRƯỞNG BAN", "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ");
    }

    public List<String> getPositions() {
        return List.of("TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "BÍ THƯ", "PHÓ BÍ THƯ");
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Document getDocument() {
        if (document == null && id != null) {
            document = documents.get(actor, id);
        }
        return document;
    }

    public List<UserAccount> getMembers() {
        return members;
    }

    public List<Long> getConsulteeIds() {
        return consulteeIds;
    }

    public void setConsulteeIds(List<Long> consulteeIds) {
        this.consulteeIds = consulteeIds;
    }

    public List<UserAccount> getSigners() {
        return signers;
    }

    public List<Committee> getCommittees() {
        if (committees == null) {
            committees = organisation.committees();
        }
        return committees;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getSignerId() {
        return signerId;
    }

    public void setSignerId(Long signerId) {
        this.signerId = signerId;
    }

    public String getSigningCapacity() {
        return signingCapacity;
    }

    public void setSigningCapacity(String signingCapacity) {
        this.signingCapacity = signingCapacity;
    }

    public String getSignerPosition() {
        return signerPosition;
    }

    public void setSignerPosition(String signerPosition) {
        this.signerPosition = signerPosition;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public List<Long> getCommitteeIds() {
        return committeeIds;
    }

    public void setCommitteeIds(List<Long> committeeIds) {
        this.committeeIds = committeeIds;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public Integer getDiffFrom() {
        return diffFrom;
    }

    public void setDiffFrom(Integer diffFrom) {
        this.diffFrom = diffFrom;
    }

    public Integer getDiffTo() {
        return diffTo;
    }

    public void setDiffTo(Integer diffTo) {
        this.diffTo = diffTo;
    }

    public List<VersionDiff.Segment> getDiff() {
        return diff;
    }
}
