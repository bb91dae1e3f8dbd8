package vn.vanban.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The first time a person opened a published document: what the secretariat's read receipts show. */
@Entity
@Table(name = "document_read")
@IdClass(ReadReceipt.Key.class)
@NamedQuery(name = ReadReceipt.OF_DOCUMENT, query = "SELECT r FROM ReadReceipt r WHERE r.documentId = :document ORDER BY r.readAt")
@NamedQuery(name = ReadReceipt.READ_BY, query = "SELECT r.documentId FROM ReadReceipt r WHERE r.username = :username "
        + "AND r.documentId IN :documents")
public class ReadReceipt implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String OF_DOCUMENT = "ReadReceipt.ofDocument";
    public static final String READ_BY = "ReadReceipt.readBy";

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected ReadReceipt() {
    }

    public ReadReceipt(long documentId, String username, Instant readAt) {
        this.documentId = documentId;
        this.username = Objects.requireNonNull(username);
        this.readAt = readAt;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getUsername() {
        return username;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public record Key(Long documentId, String username) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
