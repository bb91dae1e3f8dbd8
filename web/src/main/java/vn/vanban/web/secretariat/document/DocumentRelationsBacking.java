package vn.vanban.web.secretariat.document;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentRelation;
import vn.vanban.domain.model.document.RelationKind;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.web.faces.Feedback;

import java.io.Serializable;

/** The relations section of the workbench: the documents this one refers to, replaces, answers or amends. */
@Named
@ViewScoped
public class DocumentRelationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "relationsForm";

    @Inject
    private DocumentService documents;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    @Inject
    private DocumentBacking workbench;

    private RelationKind relationKind = RelationKind.REFERS_TO;
    private final PickedDocument relationTarget = new PickedDocument();

    public void addRelation() {
        if (relationTarget.id() == null) {
            feedback.show(new DomainException(ErrorCode.DOCUMENT_NOT_FOUND, "relationTarget"), FORM);
            return;
        }
        if (feedback.attempt(() -> documents.relate(actor, workbench.getId(), relationKind, relationTarget.id()), FORM)) {
            setRelationTarget(null);
            workbench.reload();
        }
    }

    public void removeRelation(DocumentRelation relation) {
        if (feedback.attempt(() -> documents.removeRelation(actor, workbench.getId(), relation.getId()), FORM)) {
            workbench.reload();
        }
    }

    public RelationKind[] getRelationKinds() {
        return RelationKind.betweenOutgoing();
    }

    public RelationKind getRelationKind() {
        return relationKind;
    }

    public void setRelationKind(RelationKind relationKind) {
        this.relationKind = relationKind;
    }

    public Document getRelationTarget() {
        return relationTarget.get(documents, actor);
    }

    public void setRelationTarget(Document picked) {
        relationTarget.set(picked);
    }
}
