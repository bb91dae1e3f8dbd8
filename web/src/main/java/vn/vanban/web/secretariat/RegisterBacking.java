package vn.vanban.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.organisation.OrganisationService;
import vn.vanban.application.register.ArchiveExports;
import vn.vanban.domain.model.archive.ArchiveExport;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.web.faces.Feedback;
import vn.vanban.web.faces.PagedDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The outgoing register ({@code secretariat/register.xhtml}), filtered, paged, downloadable as CSV or a printed book,
 * and packed with its PDFs as a ZIP in the background while the page shows how far the packing has got.
 */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "registerForm";

    @Inject
    private DocumentService documents;

    @Inject
    private OrganisationService organisation;

    @Inject
    private ArchiveExports archives;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    private List<Issuer> issuers;
    private List<DocumentType> types;
    private Long issuerId;
    private String typeCode;
    private LocalDate from;
    private LocalDate to;
    private PagedDataModel<Document> entries;
    private ArchiveExport archive;

    @PostConstruct
    void init() {
        issuers = organisation.issuers();
        types = documents.types();
        from = LocalDate.now(DocumentService.VIETNAM).withDayOfYear(1);
        archive = archives.latest(actor).orElse(null);
        entries = new PagedDataModel<>(() -> documents.countRegister(actor, issuerId, typeCode, from, to),
                (first, size) -> documents.register(actor, issuerId, typeCode, from, to, first, size));
    }

    /** Starts packing what the filters show; the page then polls {@link #refreshArchive()} until it has ended. */
    public void startArchive() {
        feedback.attempt(() -> archive = archives.start(actor, issuerId, typeCode, from, to), FORM);
    }

    /** Reads again how far the export has got, from the database, whichever instance packs it. */
    public void refreshArchive() {
        if (archive == null) {
            return;
        }
        try {
            archive = archives.find(actor, archive.getId());
        } catch (NotFoundException gone) {
            archive = null;
        }
    }

    /** The export this page follows as last read, null when there is none or it is no longer kept. */
    public ArchiveExport getArchive() {
        return archive;
    }

    public boolean isArchiveRunning() {
        return archive != null && archive.isRunning();
    }

    /** The CSV download of what the filters show, through the API (the browser's session authenticates it). */
    public String getCsvUrl() {
        return download("csv");
    }

    /** The same as a printable book. */
    public String getPdfUrl() {
        return download("pdf");
    }

    private String download(String format) {
        return DownloadUrl.of("api/register/" + format).with("issuerId", issuerId).with("type", typeCode)
                .with("from", from).with("to", to).toString();
    }

    public PagedDataModel<Document> getEntries() {
        return entries;
    }

    public List<Issuer> getIssuers() {
        return issuers;
    }

    public List<DocumentType> getTypes() {
        return types;
    }

    public Long getIssuerId() {
        return issuerId;
    }

    public void setIssuerId(Long issuerId) {
        this.issuerId = issuerId;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
