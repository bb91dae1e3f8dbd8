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

/** "This document implements / replaces / amends / revokes / refers to that one." */
@Entity
@Table(name = "document_relation")
public class DocumentRelation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "document_relation_seq", sequenceName = "document_relation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_relation_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private Document document;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private RelationKind kind;

    @ManyToOne(optional = false)
    @JoinColumn(name = "target_id", nullable = false)
    private Document target;

    protected DocumentRelation() {
    }

    DocumentRelation(Document document, RelationKind kind, Document target) {
        this.document = document;
        this.kind = kind;
        this.target = target;
    }

    public Long getId() {
        return id;
    }

    public RelationKind getKind() {
        return kind;
    }

    public Document getTarget() {
        return target;
    }
}
