package vn.vanban.web.secretariat.meeting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.meeting.InvitationMails;
import vn.vanban.application.meeting.InvitationReplies;
import vn.vanban.domain.model.meeting.Attendee;
import vn.vanban.domain.model.meeting.ReplyCounts;

/** The replies tab of the meeting page: how the invitees answered the invitation, and who gets no mail at all. */
@Named
@RequestScoped
public class MeetingRepliesBacking {

    @Inject
    private MeetingBacking record;

    @Inject
    private Actor actor;

    /** Whether the caller reads the invitees' answers: the secretariat, the chair and the meeting's secretary. */
    public boolean isMayReadReplies() {
        return InvitationReplies.mayReadReplies(actor, record.getMeeting());
    }

    public ReplyCounts getReplyCounts() {
        return ReplyCounts.of(record.getMeeting().getAttendees());
    }

    /** Whether the invitee gets no mail, so that someone phones them. */
    public boolean withoutEmail(Attendee invitee) {
        return InvitationMails.withoutEmail(invitee);
    }

    /** The invitees who get no invitation mail for want of an address. */
    public String getWithoutEmail() {
        return String.join(", ", InvitationMails.withoutEmail(record.getMeeting()));
    }
}
