package vn.vanban.web.secretariat.meeting;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.meeting.MeetingService;
import vn.vanban.domain.model.meeting.Attendance;
import vn.vanban.domain.model.meeting.Attendee;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.organisation.Membership;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** The attendance tab of the meeting page: who is invited, who came and why the others did not; more invitations. */
@Named
@ViewScoped
public class MeetingAttendanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingBacking record;

    @Inject
    private MeetingService meetings;

    @Inject
    private Actor actor;

    private final Map<Long, Attendance> attendance = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private Long inviteUserId;
    private String guestName;
    private String guestTitle;

    @PostConstruct
    void fill() {
        fill(record.getMeeting());
    }

    void refill(@Observes(notifyObserver = Reception.IF_EXISTS) MeetingReloaded reloaded) {
        fill(reloaded.meeting());
    }

    private void fill(Meeting meeting) {
        attendance.clear();
        reasons.clear();
        if (meeting == null) {
            return;
        }
        for (Attendee a : meeting.getAttendees()) {
            attendance.put(a.getId(), a.getAttendance());
            reasons.put(a.getId(), a.getReason());
        }
    }

    public void save(long attendeeId) {
        record.step(() -> meetings.recordAttendance(actor, record.getId(), attendeeId, attendance.get(attendeeId),
                reasons.get(attendeeId)), "secretariat_meeting.message.saved");
    }

    public void remove(long attendeeId) {
        record.step(() -> meetings.removeAttendee(actor, record.getId(), attendeeId),
                "secretariat_meeting.message.removed");
    }

    /** Invites the chosen member of the committee, with the position they hold in it. */
    public void inviteMember() {
        record.step(() -> {
            Membership chosen = record.getMembers().stream().filter(m -> m.getPerson().getId().equals(inviteUserId))
                    .findFirst().orElseThrow(() -> new NotFoundException(ErrorCode.USER_NOT_FOUND));
            meetings.invite(actor, record.getId(), chosen.getPerson().getId(), chosen.getPositionTitle());
        }, "secretariat_meeting.message.invited");
    }

    public void inviteGuest() {
        if (record.step(() -> meetings.inviteGuest(actor, record.getId(), guestName, guestTitle),
                "secretariat_meeting.message.invited")) {
            guestName = null;
            guestTitle = null;
        }
    }

    public Attendance[] getAttendanceValues() { return Attendance.values(); }
    public Map<Long, Attendance> getAttendance() { return attendance; }
    public Map<Long, String> getReasons() { return reasons; }
    public Long getInviteUserId() { return inviteUserId; }
    public void setInviteUserId(Long inviteUserId) { this.inviteUserId = inviteUserId; }
    public String getGuestName() { return guestName; }
    public void setGuestName(String guestName) { this.guestName = guestName; }
    public String getGuestTitle() { return guestTitle; }
    public void setGuestTitle(String guestTitle) { this.guestTitle = guestTitle; }
}
