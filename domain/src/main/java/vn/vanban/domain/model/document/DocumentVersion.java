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

/** One saved state of a draft, never changed afterwards: who saved what, when, and why. */
@Entity
@Table(name = "document_version")
public class DocumentVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "document_version_seq", sequenceName = "document_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_version_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private Document document;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "summary", nullable = false, updatable = false, length = Document.SUMMARY_LENGTH)
    private String summary;

    @Column(name = "body", nullable = false, updatable = false, length = 1_000_000)
    private String body;

    @Column(name = "saved_by", nullable = false, updatable = false, length = 64)
    private String savedBy;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    @Column(name = "note", updatable = false, length = Document.NOTE_LENGTH)
    private String note;

    protected DocumentVersion() {
    }

    DocumentVersion(Document document, int number, String summary, String body, String savedBy, Instant savedAt, String note) {
        this.document = document;
        this.number = number;
        this.summary = summary;
        this.body = body;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getNote() {
        return note;
    }
}
