package vn.vanban.application.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.infrastructure.file.FileCache;
import vn.vanban.infrastructure.grid.BrieflyRemembered;
import vn.vanban.infrastructure.transaction.EntityWrites;

import java.time.Duration;
import java.util.Optional;

/**
 * Which issued PDF a caller may download, decided as {@link DocumentService#get} decides who may read a document and
 * remembered for a second, so that a member's repeated downloads do not read the document and the caller's
 * committees each time. Only a granted download is remembered; anything else is decided again.
 */
@ApplicationScoped
public class IssuedPdfAccess {

    static final Duration REMEMBERED_FOR = Duration.ofSeconds(1);
    private static final int CAPACITY = 10_000;

    @Inject
    private DocumentService documents;

    @Inject
    private IssuedPdfService issuedPdfs;

    @Inject
    private FileCache fileCache;

    private final BrieflyRemembered<Request, IssuedPdf> granted =
            new BrieflyRemembered<>(REMEMBERED_FOR, CAPACITY, System::nanoTime, EntityWrites::count);

    /** The issued PDF of document {@code id} if {@code actor} may read the document and it has one. */
    public Optional<IssuedPdf> find(Actor actor, long id) {
        return granted.get(new Request(actor, id), this::lookUp);
    }

    /** The file's bytes when it is small enough to be answered from memory; else the caller streams its local copy. */
    public Optional<byte[]> bytes(IssuedPdf pdf) {
        return fileCache.bytesOf(pdf.sha256(), () -> issuedPdfs.content(pdf.sha256()));
    }

    private Optional<IssuedPdf> lookUp(Request request) {
        Document document;
        try {
            document = documents.get(request.actor(), request.documentId());
        } catch (NotFoundException notReadable) {
            return Optional.empty();
        }
        String sha256 = document.getPdfSha256();
        return sha256 == null ? Optional.empty()
                : Optional.of(new IssuedPdf(document.getId(), sha256, PdfFileNames.of(document)));
    }

    /** The file of an issued document: its SHA-256, and the name it is downloaded under. */
    public record IssuedPdf(long documentId, String sha256, String fileName) {
    }

    private record Request(Actor actor, long documentId) {
    }
}
