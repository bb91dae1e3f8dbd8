package vn.vanban.web.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.meeting.InvitationReplies;
import vn.vanban.application.meeting.MeetingService;
import vn.vanban.domain.model.document.DocumentStatus;
import vn.vanban.domain.model.meeting.Attendee;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.web.faces.Feedback;
import vn.vanban.web.faces.Pages;
import vn.vanban.web.meetings.ReplyForm;

import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/**
 * A meeting as its invitees see it ({@code member/meeting.xhtml?id=}): when and where, the chair, the agenda, the
 * published invitation, and for an invitee their answer to it (coming, absent with a reason, or a substitute), which
 * they can change until the meeting starts. Those who may not see the meeting get 404, as if it did not exist.
 */
@Named
@ViewScoped
public class MemberMeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "replyForm";

    @Inject
    private MeetingService meetings;

    @Inject
    private InvitationReplies replies;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    private Long id;
    /** Reloaded by id on first use after a move to another instance, where its lazy collections could not load. */
    private transient Meeting meeting;
    private final ReplyForm form = new ReplyForm();

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException(ErrorCode.MEETING_NOT_FOUND);
            }
            meeting = meetings.get(actor, id);
        } catch (NotFoundException missing) {
            Pages.notFound();
            return;
        }
        Attendee invitee = getInvitee();
        form.fill(invitee == null ? Optional.empty() : invitee.getReply());
    }

    /** Saves the answer; a refusal shows next to its field and keeps what was typed. */
    public void saveReply() {
        if (feedback.attempt(() -> meeting = replies.replyAsMember(actor, id, form.input()).getMeeting(), FORM)) {
            feedback.info("member_meeting.message.replied");
        }
    }

    public Meeting getMeeting() {
        if (meeting == null && id != null) {
            meeting = meetings.get(actor, id);
        }
        return meeting;
    }

    /** The caller as invited to the meeting; null when they are not invited (a member of the committee reading it). */
    public Attendee getInvitee() {
        return getMeeting().invitee(actor.username()).orElse(null);
    }

    public boolean isOpen() {
        return replies.isOpen(getMeeting());
    }

    /** Whether the invitation can be read: only once it is published to the committee. */
    public boolean isInvitationPublished() {
        return getMeeting().getInvitation() != null
                && getMeeting().getInvitation().getStatus() == DocumentStatus.PUBLISHED;
    }

    public ReplyForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
