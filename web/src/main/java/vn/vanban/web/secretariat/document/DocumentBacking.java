package vn.vanban.web.secretariat.document;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentFilter;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.web.faces.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * One document's workbench ({@code secretariat/document.xhtml?id=}): the document the page shows, which each
 * section's bean (draft, steps, relations, versions, receipts) reads from here.
 */
@Named
@ViewScoped
public class DocumentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentService documents;

    @Inject
    private Event<DocumentReloaded> reloaded;

    @Inject
    private Actor actor;

    private Long id;
    /*
     * Entities with lazy collections do not move with the view to another instance of the group (read back there they
     * could not load those collections): it is transient and reloaded by id on first use after a move.
     */
    private transient Document document;

    /** Loads the document named in the URL; an unknown or unreadable id shows the 404 page. */
    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException(ErrorCode.DOCUMENT_NOT_FOUND);
            }
            document = documents.get(actor, id);
        } catch (NotFoundException missing) {
            Pages.notFound();
        }
    }

    /** Reads the document again after a change, and has every section show it as it is now. */
    void reload() {
        forget();
        reloaded.fire(new DocumentReloaded(id));
    }

    /** Reads the document again on next use, leaving the sections as they are. */
    void forget() {
        document = null;
    }

    /** Documents to relate to or revoke with, found by number or summary. */
    public List<Document> completeDocument(String query) {
        return documents.list(actor, new DocumentFilter(null, null, null, query), 0, 15).stream()
                .filter(candidate -> !candidate.getId().equals(id)).toList();
    }

    public boolean isEditable() {
        return getDocument().getStatus().isEditable() && actor.has(Role.SECRETARIAT);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Document getDocument() {
        if (document == null && id != null) {
            document = documents.get(actor, id);
        }
        return document;
    }
}
