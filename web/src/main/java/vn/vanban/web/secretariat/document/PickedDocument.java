package vn.vanban.web.secretariat.document;

import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.domain.model.document.Document;

import java.io.Serializable;

/**
 * A document picked in one of the workbench's autocompletes. The view keeps only its id; the document itself is
 * read again, once a request, when the page asks for it, so no detached entity lives in the view state.
 */
final class PickedDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private transient Document document;

    /** The picked document as {@code actor} may see it, null when none is picked. */
    Document get(DocumentService documents, Actor actor) {
        if (document == null && id != null) {
            document = documents.get(actor, id);
        }
        return document;
    }

    void set(Document picked) {
        this.document = picked;
        this.id = picked == null ? null : picked.getId();
    }

    /** The picked document's id, null when none is picked. */
    Long id() {
        return id;
    }
}
