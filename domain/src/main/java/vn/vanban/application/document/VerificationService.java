package vn.vanban.application.document;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentRepository;
import vn.vanban.domain.model.file.StoredFile;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.reports.verify.PdfSignatureVerifier;
import vn.vanban.reports.verify.SignatureReport;
import vn.vanban.reports.verify.UnreadablePdfException;

import java.io.Serializable;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What anybody may learn about an issued document to check that a copy is genuine: its number, type, issuer, date,
 * status and the SHA-256 of the PDF the portal issued. The summary is told only for public documents.
 */
@Stateless
public class VerificationService {

    public record IssuedRecord(long documentId, String number, String typeName, String issuerName, LocalDate issueDate,
                               String status, String summary, String pdfSha256) implements Serializable {

        static IssuedRecord of(Document d) {
            return new IssuedRecord(d.getId(), d.getNumberText(), d.getType().getName(), d.getIssuer().getName(),
                    d.getIssueDate(), d.getStatus().name(), d.getAudience() == Audience.PUBLIC ? d.getSummary() : null,
                    d.getPdfSha256());
        }
    }

    /** The verdict on an uploaded PDF: its signatures, and the issued document it is, if any. */
    public record Verdict(String sha256, List<SignatureReport> signatures, IssuedRecord issued) implements Serializable {
    }

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    @Inject
    private DocumentRepository documents;

    @Inject
    private SigningService signing;

    /** Checks an uploaded PDF: every signature (integrity, coverage, trust) and whether the portal issued it. */
    public Verdict verify(byte[] pdf) {
        if (pdf.length > MAX_BYTES) {
            throw new DomainException(ErrorCode.PDF_TOO_LARGE, "file");
        }
        try {
            List<SignatureReport> signatures = new PdfSignatureVerifier(signing.trustedRoots()).verify(pdf);
            return new Verdict(StoredFile.sha256(pdf), signatures, byContent(pdf).orElse(null));
        } catch (UnreadablePdfException e) {
            throw new DomainException(switch (e.reason()) {
                case NOT_A_PDF -> ErrorCode.NOT_A_PDF;
                case ENCRYPTED -> ErrorCode.PDF_ENCRYPTED;
                case DAMAGED -> ErrorCode.PDF_DAMAGED;
            }, "file");
        }
    }

    /**
     * The SHA-256 fingerprint of the root certificate published at {@code /ca/root.cer}, as certificate viewers
     * show it ({@code 3A:F0:...}), so that whoever installs it as a trust anchor can check it is the right one.
     */
    public Optional<String> rootFingerprint() {
        return signing.publishedRoot().map(root -> {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(root.getEncoded());
                return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The root certificate cannot be fingerprinted", e);
            }
        });
    }

    public Optional<IssuedRecord> byDocument(long id) {
        return documents.find(id).filter(d -> d.getPdfSha256() != null).map(IssuedRecord::of);
    }

    /** The issued document whose PDF is exactly {@code content}, byte for byte. */
    public Optional<IssuedRecord> byContent(byte[] content) {
        return documents.findByPdf(StoredFile.sha256(content)).map(IssuedRecord::of);
    }
}
