package vn.vanban.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** Who downloaded which file of a document, and when; anonymous downloads of public documents have no username. */
@Entity
@Table(name = "document_download")
@NamedQuery(name = DownloadRecord.OF_DOCUMENT, query = "SELECT d FROM DownloadRecord d WHERE d.documentId = :document "
        + "ORDER BY d.downloadedAt DESC")
public class DownloadRecord implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String OF_DOCUMENT = "DownloadRecord.ofDocument";

    @Id
    @SequenceGenerator(name = "document_download_seq", sequenceName = "document_download_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_download_seq")
    private Long id;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "downloaded_at", nullable = false)
    private Instant downloadedAt;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    protected DownloadRecord() {
    }

    public DownloadRecord(long documentId, String username, Instant downloadedAt, String sha256) {
        this.documentId = documentId;
        this.username = username;
        this.downloadedAt = downloadedAt;
        this.sha256 = sha256;
    }

    public Long getId() {
        return id;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getUsername() {
        return username;
    }

    public Instant getDownloadedAt() {
        return downloadedAt;
    }

    public String getSha256() {
        return sha256;
    }
}
