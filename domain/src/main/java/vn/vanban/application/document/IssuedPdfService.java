package vn.vanban.application.document;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.PortalLinks;
import vn.vanban.application.audit.AuditTrail;
import vn.vanban.application.search.IndexAfterCommit;
import vn.vanban.application.search.SearchIndexer;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentRepository;
import vn.vanban.domain.model.file.FileStore;
import vn.vanban.domain.model.file.StoredFile;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.infrastructure.file.FileCache;
import vn.vanban.infrastructure.timing.ServerTiming;
import vn.vanban.reports.render.PdfRenderer;
import vn.vanban.reports.render.RenderedDocument;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The PDF of an issued document: rendered once in the Party (or state) format, stored immutably and addressed by
 * its SHA-256, then served to whoever may read the document. Rendering runs in a transaction of its own, after the
 * issue: the register's counter is not held while a PDF is being laid out. The document's words are indexed again
 * with its number once the PDF is committed, without the secretariat's answer waiting for them.
 */
@Stateless
public class IssuedPdfService {

    public static final String PDF = "application/pdf";

    @Inject
    private AuditTrail audit;

    @Inject
    private DocumentService documents;

    @Inject
    private DocumentRepository documentRows;

    @Inject
    private FileStore files;

    @Inject
    private FileCache fileCache;

    @Inject
    private InboxService inbox;

    @Inject
    private PortalLinks links;

    @Inject
    private SearchIndexer searchIndex;

    @Inject
    private IndexAfterCommit indexAfterCommit;

    private final PdfRenderer renderer = new PdfRenderer();
    private final Clock clock = Clock.systemUTC();

    /**
     * Renders and stores the PDF of an issued document that has none yet, with where its layout left each signer's
     * space; returns the document, with its PDF, for the caller to answer with.
     */
    public Document render(Actor actor, long id) {
        if (!actor.has(Role.SECRETARIAT)) {
            throw new DomainException(ErrorCode.NOT_ALLOWED);
        }
        Document document = documents.get(actor, id);
        if (document.getPdfSha256() != null) {
            return document;
        }
        RenderedDocument rendered = ServerTiming.time("render",
                () -> renderer.renderToSign(DocumentPages.of(document, verificationUrl(id))));
        StoredFile stored = ServerTiming.time("store", () -> files.storeMadeNow(new StoredFile(rendered.pdf(), PDF, clock.instant())));
        document.attachPdf(stored.getSha256(), DocumentPages.signaturePlaces(document, rendered));
        audit.record(actor, AuditAction.PDF_STORED, AuditTrail.document(id), stored.getSha256());
        indexAfterCommit.document(id);
        return document;
    }

    /**
     * Renders the PDF of an issued document that has none, which only a server stopped between the issue and the
     * rendering leaves behind (see {@link MissingPdfSweep}). The document's row is locked, so that instances
     * repairing it at the same time render it once.
     */
    public boolean renderMissing(long id) {
        Optional<Document> found = documentRows.findForUpdate(id);
        if (found.isEmpty() || !found.get().getStatus().isIssued() || found.get().getPdfSha256() != null) {
            return false;
        }
        Document document = found.get();
        RenderedDocument rendered = renderer.renderToSign(DocumentPages.of(document, verificationUrl(id)));
        StoredFile stored = files.storeMadeNow(new StoredFile(rendered.pdf(), PDF, clock.instant()));
        document.attachPdf(stored.getSha256(), DocumentPages.signaturePlaces(document, rendered));
        audit.record(AuditAction.PDF_STORED, AuditTrail.document(id), stored.getSha256());
        searchIndex.index(document);
        return true;
    }

    /**
     * A preview of a draft as it will be issued, rendered by the same engine from its current version and marked
     * {@code DỰ THẢO}: the number left open, today's date, the signature blocks empty. Nothing is stored and no number
     * is spent. For those who see drafts: staff, the members asked for their opinion and the signers.
     */
    public byte[] preview(Actor actor, long id) {
        Document document = documents.get(actor, id);
        if (!actor.isStaff() && !document.isConsulted(actor.username()) && !document.isRequiredSigner(actor.username())) {
            throw new NotFoundException(ErrorCode.DOCUMENT_NOT_FOUND);
        }
        if (document.getStatus().isIssued()) {
            throw new DomainException(ErrorCode.DOCUMENT_NOT_EDITABLE);
        }
        LocalDate today = LocalDate.now(clock.withZone(DocumentService.VIETNAM));
        return ServerTiming.time("render", () -> renderer.renderDraft(DocumentPages.draft(document, today, verificationUrl(id))));
    }

    /**
     * The local copy of an issued document's file, for streaming: {@code sha256} is the one the caller found on a
     * document it may read. The file is read from the database only when this server has no copy yet.
     */
    public Path localCopy(String sha256) {
        return fileCache.copyOf(sha256, () -> content(sha256));
    }

    /** The stored file {@code sha256} as the database keeps it; {@code sha256} as for {@link #localCopy}. */
    public byte[] content(String sha256) {
        return files.find(sha256).orElseThrow(() -> new NotFoundException(ErrorCode.PDF_NOT_FOUND)).getContent();
    }

    /** Logs downloads in the log of downloads and the audit trail, all in one transaction of their own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void logDownloads(List<DownloadLog.Download> downloads) {
        inbox.logDownloads(downloads);
        audit.recordDownloads(downloads);
    }

    String verificationUrl(long id) {
        return links.to("verify.xhtml?document=" + id);
    }
}
