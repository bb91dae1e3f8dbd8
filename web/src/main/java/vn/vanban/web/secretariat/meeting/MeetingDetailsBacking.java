package vn.vanban.web.secretariat.meeting;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.meeting.MeetingInput;
import vn.vanban.application.meeting.MeetingService;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingKind;
import vn.vanban.web.faces.Feedback;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The details tab of the meeting page: kind, title, time, place, chair and secretary. Moving a meeting whose
 * invitation is out tells the invitees, which the page says.
 */
@Named
@ViewScoped
public class MeetingDetailsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingBacking record;

    @Inject
    private MeetingService meetings;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    private MeetingKind kind;
    private String title;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private Long chairId;
    private String chairPosition;
    private Long secretaryId;
    private String secretaryPosition;

    @PostConstruct
    void fill() {
        fill(record.getMeeting());
    }

    void refill(@Observes(notifyObserver = Reception.IF_EXISTS) MeetingReloaded reloaded) {
        fill(reloaded.meeting());
    }

    private void fill(Meeting meeting) {
        if (meeting == null) {
            return;
        }
        kind = meeting.getKind();
        title = meeting.getTitle();
        startsAt = local(meeting.getStartsAt());
        endsAt = local(meeting.getEndsAt());
        place = meeting.getPlace();
        chairId = meeting.getChair().getId();
        chairPosition = meeting.getChairPosition();
        secretaryId = meeting.getSecretary().getId();
        secretaryPosition = meeting.getSecretaryPosition();
    }

    public void save() {
        Meeting before = record.getMeeting();
        Integer sequenceBefore = before.getInvitationSequence();
        record.step(() -> meetings.change(actor, record.getId(), new MeetingInput(before.getCommittee().getId(), kind,
                        title, instant(startsAt), instant(endsAt), place, chairId, chairPosition, secretaryId,
                        secretaryPosition)),
                "secretariat_meeting.message.saved");
        if (sequenceBefore != null && !sequenceBefore.equals(record.getMeeting().getInvitationSequence())) {
            feedback.info("secretariat_meeting.message.invitationUpdated");
        }
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, DocumentService.VIETNAM);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(DocumentService.VIETNAM).toInstant();
    }

    public MeetingKind[] getKinds() { return MeetingKind.values(); }
    public MeetingKind getKind() { return kind; }
    public void setKind(MeetingKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public Long getChairId() { return chairId; }
    public void setChairId(Long chairId) { this.chairId = chairId; }
    public String getChairPosition() { return chairPosition; }
    public void setChairPosition(String chairPosition) { this.chairPosition = chairPosition; }
    public Long getSecretaryId() { return secretaryId; }
    public void setSecretaryId(Long secretaryId) { this.secretaryId = secretaryId; }
    public String getSecretaryPosition() { return secretaryPosition; }
    public void setSecretaryPosition(String secretaryPosition) { this.secretaryPosition = secretaryPosition; }
}
