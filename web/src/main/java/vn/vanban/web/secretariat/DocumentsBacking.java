package vn.vanban.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.document.DraftInput;
import vn.vanban.application.organisation.OrganisationService;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentFilter;
import vn.vanban.domain.model.document.DocumentStatus;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.web.faces.Feedback;
import vn.vanban.web.faces.PagedDataModel;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The document list ({@code secretariat/documents.xhtml}): filters, and the start of a new draft. */
@Named
@ViewScoped
public class DocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentService documents;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    private PagedDataModel<Document> model;
    private List<DocumentType> types;
    private List<DocumentType> newTypes = List.of();
    private List<Issuer> issuers;

    private DocumentStatus status;
    private String typeCode;
    private Long issuerId;
    private String text;

    private Long newIssuerId;
    private String newTypeCode;
    private String newSummary;

    @PostConstruct
    void init() {
        types = documents.types();
        issuers = organisation.issuers();
        model = new PagedDataModel<>(() -> documents.count(actor, filter()),
                (first, size) -> documents.list(actor, filter(), first, size));
        if (!issuers.isEmpty()) {
            newIssuerId = issuers.get(0).getId();
        }
        newTypeCode = "TB";
        chooseNewIssuer();
    }

    /** Offers the types the chosen issuer drafts, keeping the chosen type when the issuer uses it too. */
    public void chooseNewIssuer() {
        newTypes = newIssuerId == null ? List.of() : documents.types(newIssuerId);
        if (newTypes.stream().noneMatch(t -> t.getCode().equals(newTypeCode))) {
            newTypeCode = newTypes.isEmpty() ? null : newTypes.get(0).getCode();
        }
    }

    public List<DocumentType> getNewTypes() {
        return newTypes;
    }

    private DocumentFilter filter() {
        return new DocumentFilter(status, typeCode, issuerId, text);
    }

    public void create() throws IOException {
        Optional<Document> created = feedback.resultOf(() -> documents.createDraft(actor,
                newIssuerId == null ? -1 : newIssuerId, newTypeCode,
                new DraftInput(newSummary, null, null, null, null, "- Lưu VP.", Audience.ALL_MEMBERS, null)),
                "newForm");
        if (created.isPresent()) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/secretariat/document.xhtml?id="
                    + created.get().getId());
        }
    }

    public DocumentStatus[] getStatuses() {
        return DocumentStatus.values();
    }

    public PagedDataModel<Document> getModel() {
        return model;
    }

    public List<DocumentType> getTypes() {
        return types;
    }

    public List<Issuer> getIssuers() {
        return issuers;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public void setStatus(DocumentStatus status) {
        this.status = status;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public Long getIssuerId() {
        return issuerId;
    }

    public void setIssuerId(Long issuerId) {
        this.issuerId = issuerId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getNewIssuerId() {
        return newIssuerId;
    }

    public void setNewIssuerId(Long newIssuerId) {
        this.newIssuerId = newIssuerId;
    }

    public String getNewTypeCode() {
        return newTypeCode;
    }

    public void setNewTypeCode(String newTypeCode) {
        this.newTypeCode = newTypeCode;
    }

    public String getNewSummary() {
        return newSummary;
    }

    public void setNewSummary(String newSummary) {
        this.newSummary = newSummary;
    }
}
