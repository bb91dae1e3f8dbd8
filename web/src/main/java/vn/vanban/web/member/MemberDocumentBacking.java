package vn.vanban.web.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.document.InboxService;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentStatus;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.web.faces.Feedback;
import vn.vanban.web.faces.Pages;

import java.io.IOException;
import java.io.Serializable;

/**
 * A document as a member reads it ({@code member/document.xhtml?id=}): published to them, or a draft on which they
 * were asked for their opinion, with the box to give it.
 */
@Named
@ViewScoped
public class MemberDocumentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentService documents;

    @Inject
    private Feedback feedback;

    @Inject
    private InboxService inbox;

    @Inject
    private Actor actor;

    private Long id;
    /** Reloaded by id on first use after a move to another instance, where its lazy collections could not load. */
    private transient Document document;
    private String comment;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException(ErrorCode.DOCUMENT_NOT_FOUND);
            }
            document = documents.get(actor, id);
        } catch (NotFoundException missing) {
            Pages.notFound();
            return;
        }
        if (document.getStatus() == DocumentStatus.PUBLISHED) {
            inbox.markRead(actor, id);
        }
    }

    public void sendComment() {
        if (feedback.attempt(() -> documents.comment(actor, id, comment), "commentForm")) {
            comment = null;
            document = documents.get(actor, id);
            feedback.info("member_document.message.commented");
        }
    }

    public boolean isCanComment() {
        Document document = getDocument();
        return document.getStatus() == DocumentStatus.IN_REVIEW && document.isConsulted(actor.username());
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

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
