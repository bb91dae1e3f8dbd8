package vn.vanban.application.meeting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.audit.AuditTrail;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.account.UserAccountRepository;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.meeting.AgendaItem;
import vn.vanban.domain.model.meeting.Attendance;
import vn.vanban.domain.model.meeting.Attendee;
import vn.vanban.domain.model.meeting.Conclusion;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingDetails;
import vn.vanban.domain.model.meeting.MeetingRepository;
import vn.vanban.domain.model.meeting.Opinion;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.organisation.CommitteeRepository;
import vn.vanban.domain.model.organisation.Membership;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Meetings of committees: the secretariat schedules them (inviting every member of the committee), records
 * attendance, agenda, opinions and conclusions; members of the committee read them. Each method is one transaction.
 */
@Stateless
public class MeetingService {

    @Inject
    private IncomingService incoming;

    @Inject
    private MeetingRepository meetings;

    @Inject
    private CommitteeRepository committees;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private DocumentService documents;

    @Inject
    private InvitationMails invitationMails;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** Schedules a meeting and invites every member of the committee, with the position they hold in it. */
    public Meeting schedule(Actor actor, MeetingInput input) {
        actor.require(Role.SECRETARIAT);
        Committee committee = committee(input.committeeId());
        Meeting meeting = new Meeting(committee, details(input), actor.username());
        for (Membership member : committee.getMembers()) {
            meeting.invite(member.getPerson(), member.getPositionTitle());
        }
        meetings.add(meeting);
        return meeting;
    }

    public Meeting change(Actor actor, long id, MeetingInput input) {
        actor.require(Role.SECRETARIAT);
        Meeting meeting = get(actor, id);
        if (meeting.change(details(input))) {
            invitationMails.sendUpdate(meeting);
        }
        return meeting;
    }

    /** Calls the meeting off; invitees who were sent the invitation get its cancellation, once. */
    public Meeting cancel(Actor actor, long id, String reason) {
        actor.require(Role.SECRETARIAT);
        Meeting meeting = get(actor, id);
        boolean invitedAlready = meeting.cancel(actor.username(), reason, clock.instant());
        audit.record(actor, AuditAction.MEETING_CANCELLED, AuditTrail.meeting(id), meeting.getCancelReason());
        if (invitedAlready) {
            invitationMails.sendCancellation(meeting);
        }
        return meeting;
    }

    /**
     * The meeting if {@code actor} may see it: staff see every meeting, members the meetings of their committees,
     * those they are invited to and those they chair or take the minutes of; to anyone else it does not exist.
     */
    public Meeting get(Actor actor, long id) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> new NotFoundException(ErrorCode.MEETING_NOT_FOUND));
        if (actor.isStaff() || committeeIdsOf(actor).contains(meeting.getCommittee().getId())
                || meeting.invitee(actor.username()).isPresent()
                || meeting.getChair().getUsername().equals(actor.username())
                || meeting.getSecretary().getUsername().equals(actor.username())) {
            return meeting;
        }
        throw new NotFoundException(ErrorCode.MEETING_NOT_FOUND);
    }

    public List<Meeting> list(Actor actor, int first, int max) {
        if (actor.isStaff()) {
            return meetings.all(first, max);
        }
        return meetings.ofCommittees(committeeIdsOf(actor), first, max);
    }

    public long count(Actor actor) {
        if (actor.isStaff()) {
            return meetings.countAll();
        }
        return meetings.ofCommittees(committeeIdsOf(actor), 0, Integer.MAX_VALUE).size();
    }

    /** The meetings {@code actor} is invited to from now on, soonest first. */
    public List<Meeting> upcoming(Actor actor, int max) {
        if (actor.username() == null) {
            return List.of();
        }
        return meetings.upcomingFor(actor.username(), clock.instant(), max);
    }

    public Attendee invite(Actor actor, long id, long userId, String title) {
        return add(actor, id, meeting -> meeting.invite(person(userId, "person"), title));
    }

    public Attendee inviteGuest(Actor actor, long id, String name, String title) {
        return add(actor, id, meeting -> meeting.inviteGuest(name, title));
    }

    public Meeting recordAttendance(Actor actor, long id, long attendeeId, Attendance attendance, String reason) {
        return edit(actor, id, meeting -> meeting.recordAttendance(attendeeId, attendance, reason));
    }

    public Meeting removeAttendee(Actor actor, long id, long attendeeId) {
        return edit(actor, id, meeting -> meeting.removeAttendee(attendeeId));
    }

    public AgendaItem addAgendaItem(Actor actor, long id, String title, Long documentId, boolean taskReview) {
        return addAgendaItem(actor, id, title, documentId, null, taskReview);
    }

    /** An agenda item, optionally about a document of the portal and an incoming document (INCOMING_NOT_FOUND). */
    public AgendaItem addAgendaItem(Actor actor, long id, String title, Long documentId, Long incomingId,
                                    boolean taskReview) {
        return add(actor, id, meeting -> meeting.addAgendaItem(title, document(actor, documentId),
                incoming(actor, incomingId), taskReview));
    }

    public Meeting changeAgendaItem(Actor actor, long id, long itemId, String title, Long documentId,
                                    Long incomingId, boolean taskReview) {
        return edit(actor, id, meeting -> meeting.changeAgendaItem(itemId, title, document(actor, documentId),
                incoming(actor, incomingId), taskReview));
    }

    public Meeting removeAgendaItem(Actor actor, long id, long itemId) {
        return edit(actor, id, meeting -> meeting.removeAgendaItem(itemId));
    }

    public Meeting reorderAgenda(Actor actor, long id, List<Long> order) {
        return edit(actor, id, meeting -> meeting.reorderAgenda(order));
    }

    public Opinion addOpinion(Actor actor, long id, String speaker, String speakerTitle, String summary) {
        return add(actor, id, meeting -> meeting.addOpinion(speaker, speakerTitle, summary));
    }

    public Meeting changeOpinion(Actor actor, long id, long opinionId, String speaker, String speakerTitle,
                                 String summary) {
        return edit(actor, id, meeting -> meeting.changeOpinion(opinionId, speaker, speakerTitle, summary));
    }

    public Meeting removeOpinion(Actor actor, long id, long opinionId) {
        return edit(actor, id, meeting -> meeting.removeOpinion(opinionId));
    }

    public Meeting reorderOpinions(Actor actor, long id, List<Long> order) {
        return edit(actor, id, meeting -> meeting.reorderOpinions(order));
    }

    public Conclusion addConclusion(Actor actor, long id, String text) {
        return addConclusion(actor, id, text, null);
    }

    /** The next conclusion, optionally naming the incoming document it acts on (INCOMING_NOT_FOUND). */
    public Conclusion addConclusion(Actor actor, long id, String text, Long incomingId) {
        return add(actor, id, meeting -> meeting.addConclusion(text, incoming(actor, incomingId)));
    }

    public Meeting changeConclusion(Actor actor, long id, long conclusionId, String text, Long incomingId) {
        return edit(actor, id, meeting -> meeting.changeConclusion(conclusionId, text, incoming(actor, incomingId)));
    }

    public Meeting removeConclusion(Actor actor, long id, long conclusionId) {
        return edit(actor, id, meeting -> meeting.removeConclusion(conclusionId));
    }

    public Meeting reorderConclusions(Actor actor, long id, List<Long> order) {
        return edit(actor, id, meeting -> meeting.reorderConclusions(order));
    }

    /** The one way the secretariat changes a meeting's record: anyone else is refused (NOT_ALLOWED). */
    private Meeting edit(Actor actor, long id, Consumer<Meeting> change) {
        actor.require(Role.SECRETARIAT);
        Meeting meeting = get(actor, id);
        change.accept(meeting);
        return meeting;
    }

    /** {@link #edit} for a change that adds a part to the record, which it returns. */
    private <P> P add(Actor actor, long id, Function<Meeting, P> adding) {
        actor.require(Role.SECRETARIAT);
        return adding.apply(get(actor, id));
    }

    /** The committees {@code actor} is a member of. */
    public Set<Long> committeeIdsOf(Actor actor) {
        if (actor.username() == null) {
            return Set.of();
        }
        return committees.membershipsOf(actor.username()).stream()
                .map(Membership::getCommittee).map(Committee::getId).collect(Collectors.toSet());
    }

    private MeetingDetails details(MeetingInput input) {
        return new MeetingDetails(input.kind(), input.title(), input.startsAt(), input.endsAt(), input.place(),
                input.chairId() == null ? null : person(input.chairId(), "chair"), input.chairPosition(),
                input.secretaryId() == null ? null : person(input.secretaryId(), "secretary"),
                input.secretaryPosition());
    }

    private Committee committee(long id) {
        return committees.find(id).orElseThrow(() -> new DomainException(ErrorCode.COMMITTEE_NOT_FOUND, "committee"));
    }

    private UserAccount person(long id, String field) {
        return accounts.find(id).orElseThrow(() -> new DomainException(ErrorCode.USER_NOT_FOUND, field));
    }

    private Document document(Actor actor, Long documentId) {
        return documentId == null ? null : documents.get(actor, documentId);
    }

    private IncomingDocument incoming(Actor actor, Long incomingId) {
        return incomingId == null ? null : incoming.get(actor, incomingId);
    }
}
