package vn.vanban.web.secretariat.document;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.account.AccountService;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.document.IssuedPdfService;
import vn.vanban.application.document.SigningService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentStatus;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.web.faces.Feedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The steps section of the workbench: review, approval, issue, signature, publication, replacement and revocation,
 * each offered only to whom the document lets take it.
 */
@Named
@ViewScoped
public class DocumentStepsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "stepForm";

    @Inject
    private DocumentService documents;

    @Inject
    private AccountService accounts;

    @Inject
    private IssuedPdfService issuedPdfs;

    @Inject
    private SigningService signing;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    @Inject
    private DocumentBacking workbench;

    private String comment;
    private List<Long> consulteeIds = new ArrayList<>();
    private List<UserAccount> members;
    private LocalDate issueDate;
    private final PickedDocument revokingDocument = new PickedDocument();

    @PostConstruct
    void init() {
        members = accounts.members();
        issueDate = LocalDate.now(DocumentService.VIETNAM);
    }

    void clear(@Observes(notifyObserver = Reception.IF_EXISTS) DocumentReloaded reloaded) {
        comment = null;
    }

    public void submit() {
        step(() -> documents.submitForReview(actor, id(), comment, new HashSet<>(consulteeIds)),
                "secretariat_document.message.submitted");
    }

    public void approve() {
        step(() -> documents.approve(actor, id(), comment), "secretariat_document.message.approved");
    }

    public void returnForChanges() {
        step(() -> documents.returnForChanges(actor, id(), comment), "secretariat_document.message.returned");
    }

    public void addComment() {
        step(() -> documents.comment(actor, id(), comment), "secretariat_document.message.commented");
    }

    public void issue() {
        step(() -> {
            documents.issue(actor, id(), issueDate);
            issuedPdfs.render(actor, id());
        }, "secretariat_document.message.issued");
    }

    public void sign() {
        step(() -> signing.sign(actor, id()), "secretariat_document.message.signed");
    }

    public void publish() {
        step(() -> documents.publish(actor, id()), "secretariat_document.message.published");
    }

    public void revoke() {
        if (revokingDocument.id() == null) {
            feedback.show(new DomainException(ErrorCode.DOCUMENT_NOT_FOUND, "revokingDocument"), FORM);
            return;
        }
        step(() -> documents.revoke(actor, id(), revokingDocument.id()), "secretariat_document.message.revoked");
    }

    /** Opens the draft of the correcting document, which replaces this one when it is issued. */
    public String startReplacement() {
        Optional<Document> replacement = feedback.resultOf(() -> documents.startReplacement(actor, id()),
                DocumentDraftBacking.FORM);
        return replacement.map(started -> "/secretariat/document.xhtml?faces-redirect=true&id=" + started.getId())
                .orElse(null);
    }

    private void step(Runnable action, String successKey) {
        if (feedback.attempt(action, FORM)) {
            workbench.reload();
            String number = workbench.getDocument().getNumberText();
            feedback.info(successKey, number == null ? "" : number);
        }
    }

    private long id() {
        return workbench.getId();
    }

    private Document document() {
        return workbench.getDocument();
    }

    public boolean isCanSubmit() {
        return actor.has(Role.SECRETARIAT) && document().getStatus().canMoveTo(DocumentStatus.IN_REVIEW);
    }

    public boolean isCanApprove() {
        return document().mayBeApprovedBy(actor.username());
    }

    public boolean isCanReturn() {
        return document().mayBeReturnedBy(actor.username(), actor.roles());
    }

    public boolean isCanIssue() {
        return actor.has(Role.SECRETARIAT) && document().getStatus().canMoveTo(DocumentStatus.ISSUED);
    }

    public boolean isCanSign() {
        return document().isAwaitingSignatureOf(actor.username());
    }

    public boolean isCanPublish() {
        return actor.has(Role.SECRETARIAT) && document().isReadyToPublish();
    }

    public boolean isCanReplace() {
        return actor.has(Role.SECRETARIAT) && document().isReplaceable();
    }

    public boolean isCanRevoke() {
        return actor.has(Role.SECRETARIAT) && document().getStatus().canMoveTo(DocumentStatus.REVOKED);
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

    public Document getRevokingDocument() {
        return revokingDocument.get(documents, actor);
    }

    public void setRevokingDocument(Document picked) {
        revokingDocument.set(picked);
    }
}
