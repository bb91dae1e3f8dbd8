package vn.vanban.domain.model.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.shared.BaseEntity;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.domain.model.shared.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * A meeting of a committee (giao ban, hội nghị, phiên họp): who was invited and who came, the agenda, the opinions
 * in the order they were given and the chair's numbered conclusions. Guarantees: the record can be edited, reordered
 * and pruned until its minutes are issued, and not at all afterwards, so the signed minutes and the record never
 * disagree; an absence always has its reason; the end is never before the start. Once its invitation (giấy mời) is
 * published, the meeting remembers the time and place the invitees were told and the sequence of the calendar entry
 * they hold: a move or a cancellation raises the sequence exactly once, so invitees are told once and never twice.
 * A cancelled meeting is history like one with issued minutes.
 */
@Entity
@Table(name = "meeting")
@NamedQuery(name = Meeting.OF_COMMITTEES, query = "SELECT m FROM Meeting m WHERE m.committee.id IN :committees "
        + "ORDER BY m.startsAt DESC")
@NamedQuery(name = Meeting.ALL, query = "SELECT m FROM Meeting m ORDER BY m.startsAt DESC")
@NamedQuery(name = Meeting.COUNT_ALL, query = "SELECT COUNT(m) FROM Meeting m")
@NamedQuery(name = Meeting.UPCOMING, query = "SELECT DISTINCT m FROM Meeting m JOIN m.attendees a "
        + "WHERE a.person.username = :username AND m.startsAt >= :from ORDER BY m.startsAt")
@NamedQuery(name = Meeting.INVITED_STARTING_BETWEEN, query = "SELECT m FROM Meeting m WHERE m.invitationSequence "
        + "IS NOT NULL AND m.cancelledAt IS NULL AND m.startsAt >= :from AND m.startsAt < :until ORDER BY m.startsAt")
@NamedQuery(name = Meeting.BY_INVITATION, query = "SELECT m FROM Meeting m WHERE m.invitation.id = :document")
@NamedQuery(name = Meeting.PREVIOUS, query = "SELECT m FROM Meeting m WHERE m.committee = :committee "
        + "AND m.startsAt < :before ORDER BY m.startsAt DESC")
public class Meeting extends BaseEntity {

    /** The sizes of the text columns; the domain refuses or shortens text beyond them by the same numbers. */
    public static final int TITLE_LENGTH = 500;
    public static final int PLACE_LENGTH = 300;
    public static final int POSITION_LENGTH = 200;
    public static final int CANCEL_REASON_LENGTH = 500;

    public static final String OF_COMMITTEES = "Meeting.ofCommittees";
    public static final String ALL = "Meeting.all";
    public static final String COUNT_ALL = "Meeting.countAll";
    public static final String UPCOMING = "Meeting.upcoming";
    public static final String PREVIOUS = "Meeting.previous";
    public static final String BY_INVITATION = "Meeting.byInvitation";
    public static final String INVITED_STARTING_BETWEEN = "Meeting.invitedStartingBetween";

    @Id
    @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "committee_id", nullable = false)
    private Committee committee;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private MeetingKind kind;

    @NotNull
    @Size(max = TITLE_LENGTH)
    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @NotNull
    @Size(max = PLACE_LENGTH)
    @Column(name = "place", nullable = false, length = PLACE_LENGTH)
    private String place;

    @ManyToOne(optional = false)
    @JoinColumn(name = "chair_id", nullable = false)
    private UserAccount chair;

    @Size(max = POSITION_LENGTH)
    @Column(name = "chair_position", length = POSITION_LENGTH)
    private String chairPosition;

    @ManyToOne(optional = false)
    @JoinColumn(name = "secretary_id", nullable = false)
    private UserAccount secretary;

    @Size(max = POSITION_LENGTH)
    @Column(name = "secretary_position", length = POSITION_LENGTH)
    private String secretaryPosition;

    @ManyToOne
    @JoinColumn(name = "minutes_document_id")
    private Document minutes;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @ManyToOne
    @JoinColumn(name = "invitation_document_id")
    private Document invitation;

    /** The SEQUENCE of the calendar entry the invitees hold; null until the invitation is published. */
    @Column(name = "invitation_sequence")
    private Integer invitationSequence;

    @Column(name = "invited_starts_at")
    private Instant invitedStartsAt;

    @Column(name = "invited_ends_at")
    private Instant invitedEndsAt;

    @Column(name = "invited_place", length = PLACE_LENGTH)
    private String invitedPlace;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by", length = 64)
    private String cancelledBy;

    @Size(max = CANCEL_REASON_LENGTH)
    @Column(name = "cancel_reason", length = CANCEL_REASON_LENGTH)
    private String cancelReason;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder ASC")
    private List<Attendee> attendees = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder ASC")
    private List<AgendaItem> agenda = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder ASC")
    private List<Opinion> opinions = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder ASC")
    private List<Conclusion> conclusions = new ArrayList<>();

    protected Meeting() {
    }

    public Meeting(Committee committee, MeetingDetails details, String by) {
        this.committee = Objects.requireNonNull(committee, "committee");
        this.createdBy = by;
        apply(details);
    }

    /**
     * Replaces the details. True when the invitation had gone out and the time or place the invitees were told has
     * changed: the calendar sequence is then raised, and the invitees are to be told of the move, once.
     */
    public boolean change(MeetingDetails details) {
        requireEditable();
        apply(details);
        if (!isInvitationSent() || !movedSinceInvited()) {
            return false;
        }
        invitationSequence++;
        rememberWhatInviteesWereTold();
        return true;
    }

    private boolean movedSinceInvited() {
        return !startsAt.equals(invitedStartsAt) || !Objects.equals(endsAt, invitedEndsAt) || !place.equals(invitedPlace);
    }

    private void rememberWhatInviteesWereTold() {
        invitedStartsAt = startsAt;
        invitedEndsAt = endsAt;
        invitedPlace = place;
    }

    /** The invitation drafted from this record; a meeting has one, redrafted while it is still a draft. */
    public void attachInvitation(Document document) {
        requireEditable();
        if (invitation != null && !invitation.equals(document)) {
            throw new DomainException(ErrorCode.INVITATION_EXISTS);
        }
        this.invitation = document;
    }

    /** The invitation was published: the invitees now hold calendar entry 0 with this time and place. */
    public void invitationSent() {
        if (isInvitationSent()) {
            return;
        }
        invitationSequence = 0;
        rememberWhatInviteesWereTold();
    }

    /**
     * Calls the meeting off. True when the invitation had gone out, so the invitees are to be told (with a raised
     * sequence). Refused with MEETING_CANCELLED the second time, MEETING_LOCKED once the minutes are issued.
     */
    public boolean cancel(String by, String reason, Instant now) {
        requireEditable();
        this.cancelReason = Texts.required(reason, CANCEL_REASON_LENGTH, ErrorCode.REASON_REQUIRED, "reason");
        this.cancelledBy = Objects.requireNonNull(by, "by");
        this.cancelledAt = Objects.requireNonNull(now, "now");
        if (!isInvitationSent()) {
            return false;
        }
        invitationSequence++;
        return true;
    }

    public boolean isInvitationSent() {
        return invitationSequence != null;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    private void apply(MeetingDetails details) {
        this.kind = details.kind() == null ? MeetingKind.QUARTERLY_REVIEW : details.kind();
        this.title = Texts.required(details.title(), TITLE_LENGTH, ErrorCode.TITLE_REQUIRED, "title");
        this.place = Texts.required(details.place(), PLACE_LENGTH, ErrorCode.PLACE_REQUIRED, "place");
        if (details.startsAt() == null) {
            throw new DomainException(ErrorCode.TIME_REQUIRED, "startsAt");
        }
        if (details.endsAt() != null && details.endsAt().isBefore(details.startsAt())) {
            throw new DomainException(ErrorCode.END_BEFORE_START, "endsAt");
        }
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.chair = required(details.chair(), "chair");
        this.secretary = required(details.secretary(), "secretary");
        this.chairPosition = Texts.optional(details.chairPosition(), POSITION_LENGTH, "chairPosition");
        this.secretaryPosition = Texts.optional(details.secretaryPosition(), POSITION_LENGTH, "secretaryPosition");
    }

    private static UserAccount required(UserAccount person, String field) {
        if (person == null) {
            throw new DomainException(ErrorCode.USER_NOT_FOUND, field);
        }
        return person;
    }

    public Attendee invite(UserAccount person, String title) {
        return addPart(attendees, place -> {
            if (attendees.stream().anyMatch(a -> a.getPerson() != null && a.getPerson().equals(person))) {
                throw new DomainException(ErrorCode.ALREADY_INVITED, "person");
            }
            return new Attendee(this, place, person, person.getDisplayName(),
                    Texts.optional(title, Attendee.TITLE_LENGTH, "title"), false);
        });
    }

    public Attendee inviteGuest(String name, String title) {
        return addPart(attendees, place -> new Attendee(this, place, null,
                Texts.required(name, Attendee.NAME_LENGTH, ErrorCode.NAME_REQUIRED, "name"),
                Texts.optional(title, Attendee.TITLE_LENGTH, "title"), true));
    }

    public void recordAttendance(long attendeeId, Attendance attendance, String reason) {
        requireEditable();
        Attendee attendee = part(attendees, attendeeId);
        Attendance given = attendance == null ? Attendance.PRESENT : attendance;
        String why = Texts.optional(reason, Attendee.REASON_LENGTH, "reason");
        if (given == Attendance.ABSENT && why == null) {
            throw new DomainException(ErrorCode.REASON_REQUIRED, "reason");
        }
        attendee.record(given, why);
    }

    /**
     * The answer of {@code invitee} to the invitation; the last answer counts and, until the secretary records the
     * attendance, proposes it. Refused once the meeting has started (MEETING_STARTED), once it is called off
     * (MEETING_CANCELLED) or its minutes are issued (MEETING_LOCKED), and for anyone but an invited member of the
     * portal (NOT_INVITED: a guest has no account to answer with).
     */
    public void reply(Attendee invitee, Reply answer, Instant now) {
        requireEditable();
        if (!startsAt.isAfter(now)) {
            throw new DomainException(ErrorCode.MEETING_STARTED);
        }
        requireInvitedMember(invitee).answer(Objects.requireNonNull(answer, "answer"));
    }

    /** The invitee who is the portal's user {@code username}, if they are invited. */
    public Optional<Attendee> invitee(String username) {
        return attendees.stream().filter(a -> a.getPerson() != null && a.getPerson().getUsername().equals(username))
                .findFirst();
    }

    /** The personal link of {@code invitee}'s invitation mail, by the hash of its token. */
    public void issueReplyToken(Attendee invitee, String tokenHash) {
        requireInvitedMember(invitee).issueReplyToken(Objects.requireNonNull(tokenHash, "tokenHash"));
    }

    /**
     * The invitees to remind that they (or their substitute) are expected on {@code day}: those whose last answer
     * says someone comes and who were not reminded of that day yet. None once the meeting is called off or while
     * its invitation has not gone out. A meeting moved to another day after the reminder is reminded again the day
     * before its new day; moved within the same day it is not, the update of the calendar entry told them.
     */
    public List<Attendee> toRemindOf(LocalDate day) {
        if (isCancelled() || isLocked() || !isInvitationSent()) {
            return List.of();
        }
        return attendees.stream().filter(a -> a.isToBeRemindedOf(day)).toList();
    }

    public void reminded(Attendee invitee, LocalDate day) {
        requireInvitedMember(invitee).remindedFor(Objects.requireNonNull(day, "day"));
    }

    private Attendee requireInvitedMember(Attendee invitee) {
        if (invitee == null || invitee.isGuest() || !attendees.contains(invitee)) {
            throw new DomainException(ErrorCode.NOT_INVITED);
        }
        return invitee;
    }

    public void removeAttendee(long attendeeId) {
        removePart(attendees, attendeeId);
    }

    public AgendaItem addAgendaItem(String itemTitle, Document document, boolean taskReview) {
        return addAgendaItem(itemTitle, document, null, taskReview);
    }

    /** An item of the agenda, optionally about a draft or report ({@code document}) and an incoming document. */
    public AgendaItem addAgendaItem(String itemTitle, Document document, IncomingDocument incoming,
                                    boolean taskReview) {
        return addPart(agenda, place -> new AgendaItem(this, place, itemText(itemTitle, AgendaItem.TITLE_LENGTH),
                document, incoming, taskReview));
    }

    public void changeAgendaItem(long itemId, String itemTitle, Document document, IncomingDocument incoming,
                                 boolean taskReview) {
        changePart(agenda, itemId, item -> item.change(itemText(itemTitle, AgendaItem.TITLE_LENGTH), document, incoming,
                taskReview));
    }

    public void removeAgendaItem(long itemId) {
        removePart(agenda, itemId);
    }

    public void reorderAgenda(List<Long> ids) {
        reorderParts(agenda, ids);
    }

    /**
     * An uploaded file as a paper of agenda item {@code itemId}, titled {@code paperTitle} (TITLE_REQUIRED).
     * Papers are added and removed until the minutes are issued (MEETING_LOCKED) or the meeting is called off.
     */
    public MeetingPaper addPaper(long itemId, String paperTitle, PaperUpload upload, String by, Instant now) {
        requireEditable();
        return agendaItem(itemId).addFile(paperTitle(paperTitle), Objects.requireNonNull(upload, "upload"), by, now);
    }

    /** A document of the portal (a draft for opinion, a report, an issued document) as a paper of an item. */
    public MeetingPaper addPaper(long itemId, String paperTitle, Document document, String by, Instant now) {
        requireEditable();
        return agendaItem(itemId).addDocument(paperTitle(paperTitle), Objects.requireNonNull(document, "document"),
                by, now);
    }

    /** An incoming document as a paper of an item. */
    public MeetingPaper addPaper(long itemId, String paperTitle, IncomingDocument incoming, String by, Instant now) {
        requireEditable();
        return agendaItem(itemId).addIncoming(paperTitle(paperTitle), Objects.requireNonNull(incoming, "incoming"),
                by, now);
    }

    public MeetingPaper removePaper(long paperId) {
        requireEditable();
        MeetingPaper paper = paper(paperId);
        paper.getItem().removePaper(paper);
        return paper;
    }

    /** The paper {@code paperId} of any item of this meeting; PAPER_NOT_FOUND for a paper of another meeting. */
    public MeetingPaper paper(long paperId) {
        return getPapers().stream().filter(p -> p.getId() != null && p.getId() == paperId).findFirst()
                .orElseThrow(() -> new NotFoundException(ErrorCode.PAPER_NOT_FOUND));
    }

    /** Every paper, in the order of the agenda and then of each item's papers. */
    public List<MeetingPaper> getPapers() {
        return agenda.stream().flatMap(item -> item.getPapers().stream()).toList();
    }

    private AgendaItem agendaItem(long itemId) {
        return part(agenda, itemId);
    }

    private static String paperTitle(String text) {
        return Texts.required(text, MeetingPaper.TITLE_LENGTH, ErrorCode.TITLE_REQUIRED, "title");
    }

    public Opinion addOpinion(String speaker, String speakerTitle, String summary) {
        return addPart(opinions, place -> new Opinion(this, place,
                Texts.required(speaker, Opinion.SPEAKER_LENGTH, ErrorCode.NAME_REQUIRED, "speaker"),
                Texts.optional(speakerTitle, Opinion.SPEAKER_TITLE_LENGTH, "speakerTitle"),
                itemText(summary, Opinion.SUMMARY_LENGTH)));
    }

    public void changeOpinion(long opinionId, String speaker, String speakerTitle, String summary) {
        changePart(opinions, opinionId, opinion -> opinion.change(
                Texts.required(speaker, Opinion.SPEAKER_LENGTH, ErrorCode.NAME_REQUIRED, "speaker"),
                Texts.optional(speakerTitle, Opinion.SPEAKER_TITLE_LENGTH, "speakerTitle"),
                itemText(summary, Opinion.SUMMARY_LENGTH)));
    }

    public void removeOpinion(long opinionId) {
        removePart(opinions, opinionId);
    }

    public void reorderOpinions(List<Long> ids) {
        reorderParts(opinions, ids);
    }

    public Conclusion addConclusion(String text) {
        return addConclusion(text, null);
    }

    /** The next numbered conclusion, optionally naming the incoming document it acts on. */
    public Conclusion addConclusion(String text, IncomingDocument incoming) {
        return addPart(conclusions,
                place -> new Conclusion(this, place, itemText(text, Conclusion.TEXT_LENGTH), incoming));
    }

    /** A new wording of a conclusion; the incoming document it names stays. */
    public void changeConclusion(long conclusionId, String text) {
        changeConclusion(conclusionId, text, conclusion(conclusionId).getIncoming());
    }

    public void changeConclusion(long conclusionId, String text, IncomingDocument incoming) {
        changePart(conclusions, conclusionId,
                conclusion -> conclusion.change(itemText(text, Conclusion.TEXT_LENGTH), incoming));
    }

    public void removeConclusion(long conclusionId) {
        removePart(conclusions, conclusionId);
    }

    public void reorderConclusions(List<Long> ids) {
        reorderParts(conclusions, ids);
    }

    public Conclusion conclusion(long conclusionId) {
        return part(conclusions, conclusionId);
    }

    /** The minutes drafted from this record; a meeting has one minutes document, redrafted while still a draft. */
    public void attachMinutes(Document document) {
        requireEditable();
        if (minutes != null && !minutes.equals(document)) {
            throw new DomainException(ErrorCode.MINUTES_EXIST);
        }
        this.minutes = document;
    }

    /** Once the minutes carry a number, the record they were made from is history. */
    public boolean isLocked() {
        return minutes != null && minutes.getStatus().isIssued();
    }

    public int countPresent() {
        return (int) attendees.stream().filter(a -> !a.isGuest() && a.getAttendance().attended()).count();
    }

    public int countInvitedMembers() {
        return (int) attendees.stream().filter(a -> !a.isGuest()).count();
    }

    /** Refuses any change once the minutes are issued (MEETING_LOCKED) or the meeting is called off. */
    public void requireEditable() {
        if (isLocked()) {
            throw new DomainException(ErrorCode.MEETING_LOCKED);
        }
        if (isCancelled()) {
            throw new DomainException(ErrorCode.MEETING_CANCELLED);
        }
    }

    private static String itemText(String text, int max) {
        return Texts.required(text, max, ErrorCode.TEXT_REQUIRED, "text");
    }

    /*
     * The one way every ordered part of the record (invitee, agenda item, opinion, conclusion) is added, changed,
     * removed and reordered: refused once the record is history, and the places in each list kept 0, 1, 2...
     */
    private <P extends MeetingPart> P addPart(List<P> parts, IntFunction<P> atPlace) {
        requireEditable();
        P part = atPlace.apply(parts.size());
        parts.add(part);
        return part;
    }

    private <P extends MeetingPart> void changePart(List<P> parts, long partId, Consumer<P> change) {
        requireEditable();
        change.accept(part(parts, partId));
    }

    private <P extends MeetingPart> void removePart(List<P> parts, long partId) {
        requireEditable();
        parts.remove(part(parts, partId));
        renumber(parts);
    }

    /** Puts the parts in the order of {@code ids}, which must name each of them exactly once. */
    private <P extends MeetingPart> void reorderParts(List<P> parts, List<Long> ids) {
        requireEditable();
        if (ids == null || ids.size() != parts.size() || new HashSet<>(ids).size() != ids.size()) {
            throw new DomainException(ErrorCode.ORDER_INVALID, "order");
        }
        List<P> ordered = new ArrayList<>();
        for (Long id : ids) {
            if (id == null) {
                throw new DomainException(ErrorCode.ORDER_INVALID, "order");
            }
            ordered.add(parts.stream().filter(p -> p.getId() != null && p.getId().longValue() == id).findFirst()
                    .orElseThrow(() -> new DomainException(ErrorCode.ORDER_INVALID, "order")));
        }
        parts.clear();
        parts.addAll(ordered);
        renumber(parts);
    }

    private static <P extends MeetingPart> P part(List<P> parts, long partId) {
        return parts.stream().filter(p -> p.getId() != null && p.getId() == partId).findFirst()
                .orElseThrow(() -> new NotFoundException(ErrorCode.ITEM_NOT_FOUND));
    }

    private static void renumber(List<? extends MeetingPart> parts) {
        for (int i = 0; i < parts.size(); i++) {
            parts.get(i).moveTo(i);
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public Committee getCommittee() {
        return committee;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public UserAccount getChair() {
        return chair;
    }

    public String getChairPosition() {
        return chairPosition;
    }

    public UserAccount getSecretary() {
        return secretary;
    }

    public String getSecretaryPosition() {
        return secretaryPosition;
    }

    public Document getMinutes() {
        return minutes;
    }

    public Document getInvitation() {
        return invitation;
    }

    public Integer getInvitationSequence() {
        return invitationSequence;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<Attendee> getAttendees() {
        return Collections.unmodifiableList(attendees);
    }

    public List<AgendaItem> getAgenda() {
        return Collections.unmodifiableList(agenda);
    }

    public List<Opinion> getOpinions() {
        return Collections.unmodifiableList(opinions);
    }

    public List<Conclusion> getConclusions() {
        return Collections.unmodifiableList(conclusions);
    }
}
