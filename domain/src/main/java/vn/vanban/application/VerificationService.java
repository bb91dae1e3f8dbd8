package vn.vanban.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentRepository;
import vn.vanban.domain.model.file.StoredFile;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What anybody may learn about an issued document to check that a copy is genuine: its number, type, issuer, date,
 * status and the SHA-256 of the PDF the portal issued. The summary is told only for public documents.
 */
@Stateless
public class VerificationService {

    public record IssuedRecord(long documentId, String number, String typeName, String issuerName, LocalDate issueDate,
                               String status, String summary, String pdfSha256) {

        static IssuedRecord of(Document d) {
            return new IssuedRecord(d.getId(), d.getNumberText(), d.getType().getName(), d.getIssuer().getName(),
                    d.getIssueDate(), d.getStatus().name(), d.getAudience() == Audience.PUBLIC ? d.getSummary() : null,
                    d.getPdfSha256());
        }
    }

    @Inject
    private DocumentRepository documents;

    public Optional<IssuedRecord> byDocument(long id) {
        return documents.find(id).filter(d -> d.getPdfSha256() != null).map(IssuedRecord::of);
    }

    /** The issued document whose PDF is exactly {@code content}, byte for byte. */
    public Optional<IssuedRecord> byContent(byte[] content) {
        return documents.findByPdf(StoredFile.sha256(content)).map(IssuedRecord::of);
    }
}
