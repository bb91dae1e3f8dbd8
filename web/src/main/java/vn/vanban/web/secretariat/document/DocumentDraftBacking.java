package vn.vanban.web.secretariat.document;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.account.AccountService;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.document.DraftInput;
import vn.vanban.application.organisation.OrganisationService;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.web.faces.Feedback;
import vn.vanban.web.i18n.Texts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The draft section of the workbench: the editor of a draft's content, signer and audience. A save that another
 * user's save overtook keeps what this user typed and shows what the other changed.
 */
@Named
@ViewScoped
public class DocumentDraftBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "documentForm";

    @Inject
    private DocumentService documents;

    @Inject
    private AccountService accounts;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    @Inject
    private DocumentBacking workbench;

    @Inject
    private DocumentVersionsBacking versions;

    private List<UserAccount> signers;
    /* Entities with lazy collections do not move with the view: reloaded on first use after a move. */
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

    @PostConstruct
    void init() {
        signers = accounts.signers();
        fill();
    }

    void refill(@Observes(notifyObserver = Reception.IF_EXISTS) DocumentReloaded reloaded) {
        fill();
    }

    private void fill() {
        Document document = workbench.getDocument();
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
        conflict = false;
    }

    public void save() {
        DraftInput input = new DraftInput(summary, body, signerId, signingCapacity, signerPosition, recipients,
                audience, new HashSet<>(committeeIds));
        try {
            documents.saveDraft(actor, workbench.getId(), basedOnVersion, input, note);
        } catch (DomainException e) {
            if (e.getCode() == ErrorCode.CONCURRENT_MODIFICATION) {
                conflict = true;
                workbench.forget();
                versions.compare(basedOnVersion, workbench.getDocument().getCurrentVersion());
            }
            feedback.show(e, FORM);
            return;
        }
        workbench.reload();
        feedback.info("secretariat_document.message.saved", workbench.getDocument().getCurrentVersion());
    }

    /** What a signer signs as ({@code T/M BAN CHỈ ĐẠO}); the user may also type another. */
    public List<String> getCapacities() {
        return choices("secretariat_document.field.capacity.choices");
    }

    /** The position printed above the signer's name ({@code TRƯỞNG BAN}); the user may also type another. */
    public List<String> getPositions() {
        return choices("secretariat_document.field.position.choices");
    }

    private static List<String> choices(String key) {
        return List.of(Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key).split("\\|"));
    }

    public Audience[] getAudiences() {
        return Audience.values();
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
}
