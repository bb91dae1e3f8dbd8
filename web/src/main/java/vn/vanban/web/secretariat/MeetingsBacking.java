package vn.vanban.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.meeting.MeetingInput;
import vn.vanban.application.meeting.MeetingService;
import vn.vanban.application.organisation.OrganisationService;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingKind;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.organisation.CommitteeRole;
import vn.vanban.domain.model.organisation.Membership;
import vn.vanban.web.faces.Feedback;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The meetings list ({@code secretariat/meetings.xhtml}) and the scheduling of a new meeting. */
@Named
@ViewScoped
public class MeetingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 100;

    @Inject
    private MeetingService meetings;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    /*
     * Meetings and committees have lazy collections, which they could not load once read back on another instance of
     * the group: they do not move with the view and are reloaded on first use after a move.
     */
    private transient List<Meeting> list;
    private transient List<Committee> committees;

    private Long committeeId;
    private MeetingKind kind = MeetingKind.QUARTERLY_REVIEW;
    private String title;
    private LocalDateTime startsAt;
    private String place;

    @PostConstruct
    void init() {
        list = meetings.list(actor, 0, PAGE);
        committees = organisation.committees();
        if (!committees.isEmpty()) {
            committeeId = committees.get(0).getId();
        }
    }

    /**
     * Schedules the meeting with the committee's head in the chair and its standing member as secretary; both can be
     * changed on the meeting's page.
     */
    public void schedule() throws IOException {
        Optional<Meeting> created = feedback.resultOf(() -> {
            Committee committee = organisation.getCommittee(committeeId == null ? -1 : committeeId);
            Membership chair = member(committee, CommitteeRole.HEAD);
            Membership secretary = member(committee, CommitteeRole.STANDING);
            return meetings.schedule(actor, new MeetingInput(committee.getId(), kind, title,
                    startsAt == null ? null : startsAt.atZone(DocumentService.VIETNAM).toInstant(), null, place,
                    chair == null ? null : chair.getPerson().getId(), chair == null ? null : chair.getPositionTitle(),
                    secretary == null ? null : secretary.getPerson().getId(),
                    secretary == null ? null : secretary.getPositionTitle()));
        }, "newForm");
        if (created.isPresent()) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/secretariat/meeting.xhtml?id=" + created.get().getId());
        }
    }

    /** The committee's head, or its first member when it has none yet. */
    private static Membership member(Committee committee, CommitteeRole role) {
        List<Membership> members = committee.getMembers();
        if (role == CommitteeRole.STANDING) {
            // The standing member listed last is the one who keeps the records (the committee's clerk).
            return members.stream().filter(m -> m.getRole() == role).reduce((first, second) -> second).orElse(null);
        }
        return members.stream().filter(m -> m.getRole() == role).findFirst()
                .orElse(members.isEmpty() ? null : members.get(0));
    }

    public MeetingKind[] getKinds() {
        return MeetingKind.values();
    }

    public List<Meeting> getList() {
        if (list == null) {
            list = meetings.list(actor, 0, PAGE);
        }
        return list;
    }

    public List<Committee> getCommittees() {
        if (committees == null) {
            committees = organisation.committees();
        }
        return committees;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
