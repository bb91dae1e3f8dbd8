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
import vn.vanban.domain.model.incoming.IncomingDocument;

import java.io.Serializable;

/**
 * "This document implements / replaces / amends / revokes / refers to that one", or "answers that incoming
 * document": exactly one of {@link #getTarget()} and {@link #getIncomingTarget()} is set, the second for
 * {@link RelationKind#ANSWERS} only.
 */
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

    @ManyToOne
    @JoinColumn(name = "target_id")
    private Document target;

    @ManyToOne
    @JoinColumn(name = "incoming_target_id")
    private IncomingDocument incomingTarget;

    protected DocumentRelation() {
    }

    DocumentRelation(Document document, RelationKind kind, Document target) {
        this.document = document;
        this.kind = kind;
        this.target = target;
    }

    DocumentRelation(Document document, IncomingDocument answered) {
        this.document = document;
        this.kind = RelationKind.ANSWERS;
        this.incomingTarget = answered;
    }

    public Long getId() {
        return id;
    }

    public RelationKind getKind() {
        return kind;
    }

    /** The outgoing document named; null when this relation answers an incoming one. */
    public Document getTarget() {
        return target;
    }

    /** The incoming document answered; null for the relations between outgoing documents. */
    public IncomingDocument getIncomingTarget() {
        return incomingTarget;
    }

    public Document getDocument() {
        return document;
    }
}
