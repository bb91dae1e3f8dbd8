package vn.vanban.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A step in a document's life (or a review comment): who, when, from which status to which, and what they said. */
@Entity
@Table(name = "document_event")
public class DocumentEvent implements Serializable {

    /** The size of the comment column, refused beyond where a comment is typed. */
    public static final int COMMENT_LENGTH = 4000;

    private static final long serialVersionUID = 1L;

    public enum Kind { TRANSITION, COMMENT }

    @Id
    @SequenceGenerator(name = "document_event_seq", sequenceName = "document_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_event_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private Document document;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 16)
    private DocumentStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false, length = 16)
    private DocumentStatus to;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "actor", nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "comment_text", updatable = false, length = COMMENT_LENGTH)
    private String comment;

    protected DocumentEvent() {
    }

    DocumentEvent(Document document, Kind kind, DocumentStatus from, DocumentStatus to, int versionNumber,
                  String actor, Instant at, String comment) {
        this.document = document;
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.versionNumber = versionNumber;
        this.actor = actor;
        this.at = at;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public DocumentStatus getFrom() {
        return from;
    }

    public DocumentStatus getTo() {
        return to;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public String getComment() {
        return comment;
    }
}
