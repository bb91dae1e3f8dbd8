package vn.vanban.web.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.web.faces.Feedback;

import java.io.Serializable;

/**
 * The sổ theo dõi giải quyết on {@code member/incoming.xhtml} ({@code WEB-INF/includes/member/incoming/handling.xhtml}):
 * the people assigned record progress, and the lead finishes the document with a note.
 */
@Named
@ViewScoped
public class IncomingHandlingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IncomingService incoming;

    @Inject
    private MemberIncomingBacking page;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    private String progressNote;
    private String finishNote;

    public void recordProgress() {
        if (feedback.attempt(() -> page.show(incoming.recordProgress(actor, page.getId(), progressNote)),
                "progressForm")) {
            progressNote = null;
            feedback.info("member_incoming.message.progress");
        }
    }

    public void finish() {
        if (feedback.attempt(() -> page.show(incoming.finish(actor, page.getId(), finishNote)), "finishForm")) {
            finishNote = null;
            feedback.info("member_incoming.message.finished");
        }
    }

    public boolean isMayRecordProgress() {
        return page.isOpen() && page.getDocument().isAssignedTo(actor.username());
    }

    public boolean isMayFinish() {
        return page.isOpen() && page.getDocument().isLead(actor.username());
    }

    public String getProgressNote() {
        return progressNote;
    }

    public void setProgressNote(String progressNote) {
        this.progressNote = progressNote;
    }

    public String getFinishNote() {
        return finishNote;
    }

    public void setFinishNote(String finishNote) {
        this.finishNote = finishNote;
    }
}
