package vn.vanban.web.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.incoming.IncomingReferences;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.incoming.IncomingStatus;
import vn.vanban.domain.model.task.Task;
import vn.vanban.domain.model.task.TaskStatus;
import vn.vanban.web.faces.Feedback;

import java.io.Serializable;
import java.util.Optional;

/**
 * What refers to the incoming document on {@code member/incoming.xhtml}
 * ({@code WEB-INF/includes/member/incoming/references.xhtml}): its answers, outgoing documents, and the start of a new
 * one; the meetings that discussed it and the tasks of their conclusions.
 */
@Named
@ViewScoped
public class IncomingReferencesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IncomingService incoming;

    @Inject
    private MemberIncomingBacking page;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    private transient IncomingReferences references;

    /**
     * "Soạn văn bản trả lời": starts the answering draft and lands staff in its editor; a member assigned to the
     * document, who has no editor of outgoing documents, stays here and sees the draft listed for the secretariat.
     */
    public String answer() {
        Optional<Document> draft = feedback.resultOf(() -> incoming.answer(actor, page.getId(), null), "answerForm");
        if (draft.isEmpty()) {
            return null;
        }
        if (actor.isStaff()) {
            return "/secretariat/document.xhtml?faces-redirect=true&id=" + draft.get().getId();
        }
        references = null;
        feedback.info("member_incoming.message.answerStarted", draft.get().getSummary());
        return null;
    }

    /** The answers, the meetings and the tasks that refer to this document. */
    public IncomingReferences getReferences() {
        if (references == null) {
            references = incoming.references(actor, page.getId());
        }
        return references;
    }

    /** The state of a task given by a conclusion that acts on this document, today. */
    public TaskStatus taskStatus(Task task) {
        return task.status(page.today());
    }

    /** Whether the answers link to the editor of outgoing documents, which only staff open. */
    public boolean isStaff() {
        return actor.isStaff();
    }

    public boolean isMayAnswer() {
        IncomingStatus status = page.getDocument().getStatus();
        return (status == IncomingStatus.REGISTERED || page.isOpen())
                && (actor.has(Role.SECRETARIAT) || page.getDocument().isAssignedTo(actor.username()));
    }
}
