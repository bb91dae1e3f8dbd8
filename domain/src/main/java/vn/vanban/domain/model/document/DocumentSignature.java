package vn.vanban.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** One digital signature on an issued document: who, with which certificate, when, and the PDF it produced. */
@Entity
@Table(name = "document_signature")
public class DocumentSignature implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "document_signature_seq", sequenceName = "document_signature_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_signature_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private Document document;

    @Column(name = "signer", nullable = false, updatable = false, length = 64)
    private String signer;

    @Column(name = "subject", nullable = false, updatable = false, length = 500)
    private String subject;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "pdf_sha256", nullable = false, updatable = false, length = 64)
    private String pdfSha256;

    protected DocumentSignature() {
    }

    DocumentSignature(Document document, String signer, String subject, Instant signedAt, String pdfSha256) {
        this.document = document;
        this.signer = signer;
        this.subject = subject;
        this.signedAt = signedAt;
        this.pdfSha256 = pdfSha256;
    }

    public String getSigner() {
        return signer;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getPdfSha256() {
        return pdfSha256;
    }
}
