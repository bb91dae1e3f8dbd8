package vn.vanban.web.secretariat.meeting;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.meeting.InvitationService;
import vn.vanban.application.meeting.MeetingService;
import vn.vanban.application.meeting.MinutesService;
import vn.vanban.application.news.NewsService;
import vn.vanban.web.faces.Feedback;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * The meeting page's toolbar: drafting the invitation, the minutes or a news article from the record, each opened
 * in its editor, and calling the meeting off.
 */
@Named
@ViewScoped
public class MeetingActionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CANCEL_FORM = "cancelForm";

    @Inject
    private MeetingBacking record;

    @Inject
    private MeetingService meetings;

    @Inject
    private MinutesService minutes;

    @Inject
    private InvitationService invitations;

    @Inject
    private NewsService news;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    private String cancelReason;

    /** Whether the meeting is still to come, so that inviting to it makes sense. */
    public boolean isUpcoming() {
        return record.getMeeting().getStartsAt().isAfter(Instant.now());
    }

    /** Drafts (or redrafts) the invitation and opens it on the document workbench. */
    public void draftInvitation() throws IOException {
        draftAndOpen(() -> invitations.draftInvitation(actor, record.getId()).getId(), "/secretariat/document.xhtml");
    }

    /** Drafts (or redrafts) the minutes and opens them on the document workbench. */
    public void draftMinutes() throws IOException {
        draftAndOpen(() -> minutes.draftMinutes(actor, record.getId()).getId(), "/secretariat/document.xhtml");
    }

    /** Drafts a news article from the record and opens it in the article editor. */
    public void draftNews() throws IOException {
        draftAndOpen(() -> news.draftFromMeeting(actor, record.getId()).getId(), "/secretariat/article.xhtml");
    }

    /** Calls the meeting off; the invitees already invited are told by mail. */
    public void cancel() {
        record.step(CANCEL_FORM, () -> meetings.cancel(actor, record.getId(), cancelReason),
                "secretariat_meeting.message.cancelled");
    }

    private void draftAndOpen(LongSupplier draft, String page) throws IOException {
        long drafted;
        try {
            drafted = draft.getAsLong();
        } catch (RuntimeException failure) {
            if (feedback.show(failure, MeetingBacking.FORM)) {
                return;
            }
            throw failure;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + page + "?id=" + drafted);
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
