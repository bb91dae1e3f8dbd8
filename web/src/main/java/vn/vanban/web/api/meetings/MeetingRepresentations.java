package vn.vanban.web.api.meetings;

import vn.vanban.application.meeting.InvitationMails;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.incoming.Confidentiality;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.meeting.AgendaItem;
import vn.vanban.domain.model.meeting.Attendee;
import vn.vanban.domain.model.meeting.Conclusion;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingPaper;
import vn.vanban.domain.model.meeting.Opinion;
import vn.vanban.domain.model.meeting.Reply;
import vn.vanban.domain.model.meeting.ReplyCounts;
import vn.vanban.domain.model.task.ProgressReport;
import vn.vanban.domain.model.task.Quarter;
import vn.vanban.domain.model.task.Target;
import vn.vanban.domain.model.task.Task;
import vn.vanban.domain.model.task.TaskReview;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Meetings and tasks as the API shows them; times in ISO 8601 (UTC instants), dates as ISO dates. */
public final class MeetingRepresentations {

    private MeetingRepresentations() {
    }

    public record Person(long id, String username, String displayName) {

        static Person of(UserAccount p) {
            return p == null ? null : new Person(p.getId(), p.getUsername(), p.getDisplayName());
        }
    }

    public record Summary(long id, long committeeId, String committeeName, String kind, String title, String startsAt,
                          String place, Long minutesDocumentId, boolean locked) {

        public static Summary of(Meeting m) {
            return new Summary(m.getId(), m.getCommittee().getId(), m.getCommittee().getName(), m.getKind().name(),
                    m.getTitle(), iso(m.getStartsAt()), m.getPlace(),
                    m.getMinutes() == null ? null : m.getMinutes().getId(), m.isLocked());
        }
    }

    /**
     * An invitee and their attendance; {@code attendanceConfirmed} false with a {@code reply} means the attendance
     * shown is what the answer proposes, for the secretary to confirm at the meeting.
     */
    public record AttendeeView(long id, Long userId, String name, String title, boolean guest, String attendance,
                               String reason, boolean attendanceConfirmed, ReplyView reply) {

        static AttendeeView of(Attendee a) {
            return new AttendeeView(a.getId(), a.getPerson() == null ? null : a.getPerson().getId(), a.getName(),
                    a.getTitle(), a.isGuest(), a.getAttendance().name(), a.getReason(), a.isAttendanceConfirmed(),
                    a.getReply().map(ReplyView::of).orElse(null));
        }
    }

    /** An answer to the invitation: {@code via} is PORTAL (logged in) or LINK (the invitation mail's link). */
    public record ReplyView(String answer, String reason, String substituteName, String substitutePosition,
                            String answeredAt, String via) {

        public static ReplyView of(Reply r) {
            return new ReplyView(r.getChoice().name(), r.getReason(), r.getSubstituteName(), r.getSubstitutePosition(),
                    iso(r.getRepliedAt()), r.getVia().name());
        }
    }

    /** One invitee in the secretariat's list of answers; {@code withoutEmail}: no invitation mail, phone them. */
    public record InviteeReplyView(long attendeeId, Long userId, String username, String name, String title,
                                   boolean guest, boolean withoutEmail, ReplyView reply, String attendance,
                                   String attendanceReason, boolean attendanceConfirmed) {

        static InviteeReplyView of(Attendee a) {
            return new InviteeReplyView(a.getId(), a.getPerson() == null ? null : a.getPerson().getId(),
                    a.getPerson() == null ? null : a.getPerson().getUsername(), a.getName(), a.getTitle(), a.isGuest(),
                    InvitationMails.withoutEmail(a), a.getReply().map(ReplyView::of).orElse(null),
                    a.getAttendance().name(), a.getReason(), a.isAttendanceConfirmed());
        }
    }

    /** Every invitee's answer (or none yet) with the counts; guests cannot answer and count as unanswered. */
    public record RepliesView(long meetingId, String title, String startsAt, boolean invitationSent, ReplyCounts counts,
                              List<InviteeReplyView> invitees) {

        public static RepliesView of(Meeting m) {
            return new RepliesView(m.getId(), m.getTitle(), iso(m.getStartsAt()), m.isInvitationSent(),
                    ReplyCounts.of(m.getAttendees()), m.getAttendees().stream().map(InviteeReplyView::of).toList());
        }
    }

    /** The caller's own invitation: the meeting, themselves as invited, their answer, and whether answers are taken. */
    public record MyInvitationView(long meetingId, String title, String startsAt, String endsAt, String place,
                                   String committeeName, boolean cancelled, boolean open, String name, String position,
                                   ReplyView reply) {

        public static MyInvitationView of(Attendee a, boolean open) {
            Meeting m = a.getMeeting();
            return new MyInvitationView(m.getId(), m.getTitle(), iso(m.getStartsAt()), iso(m.getEndsAt()),
                    m.getPlace(), m.getCommittee().getName(), m.isCancelled(), open, a.getName(), a.getTitle(),
                    a.getReply().map(ReplyView::of).orElse(null));
        }
    }

    /**
     * An agenda item; {@code incomingId} names the incoming document it is about, with its number and symbol unless
     * that document is confidential (the meeting is read by members who may not read it).
     */
    public record AgendaView(long id, int number, String title, Long documentId, String documentNumber,
                             Long incomingId, String incomingNumber, boolean taskReview) {

        static AgendaView of(AgendaItem i) {
            return new AgendaView(i.getId(), i.getSortOrder() + 1, i.getTitle(),
                    i.getDocument() == null ? null : i.getDocument().getId(),
                    i.getDocument() == null ? null : i.getDocument().getNumberText(),
                    i.getIncoming() == null ? null : i.getIncoming().getId(), shownNumber(i.getIncoming()),
                    i.isTaskReview());
        }
    }

    /** The papers of one agenda item, in their order. */
    public record ItemPapers(long itemId, int number, String title, List<PaperView> papers) {

        static ItemPapers of(AgendaItem i) {
            return new ItemPapers(i.getId(), i.getSortOrder() + 1, i.getTitle(),
                    i.getPapers().stream().map(PaperView::of).toList());
        }

        public static List<ItemPapers> of(Meeting m) {
            return m.getAgenda().stream().map(ItemPapers::of).toList();
        }
    }

    /**
     * A paper: {@code source} FILE (its file at {@code papers/{id}/file}, for everyone who sees the meeting),
     * DOCUMENT or INCOMING (only naming the document, which is opened under its own rules; the number of a
     * confidential incoming document is not shown).
     */
    public record PaperView(long id, long itemId, String title, String source, String fileName, String mediaType,
                            Long size, Long documentId, String documentNumber, Long incomingId, String incomingNumber,
                            String addedBy, String addedAt) {

        public static PaperView of(MeetingPaper p) {
            Long documentId = p.getDocument() == null ? null : p.getDocument().getId();
            Long incomingId = p.getIncoming() == null ? null : p.getIncoming().getId();
            return new PaperView(p.getId(), p.getItem().getId(), p.getTitle(),
                    p.isFile() ? "FILE" : documentId != null ? "DOCUMENT" : "INCOMING", p.getFileName(),
                    p.isFile() ? p.getFileKind().mediaType() : null, p.getSize(),
                    documentId, documentId == null ? null : p.getDocument().getNumberText(),
                    incomingId, shownNumber(p.getIncoming()), p.getAddedBy(), iso(p.getAddedAt()));
        }
    }

    private static String shownNumber(IncomingDocument incoming) {
        return incoming == null || incoming.getConfidentiality() != Confidentiality.NONE ? null
                : incoming.getNumberSymbol();
    }

    public record OpinionView(long id, int number, String speaker, String speakerTitle, String summary) {

        static OpinionView of(Opinion o) {
            return new OpinionView(o.getId(), o.getSortOrder() + 1, o.getSpeaker(), o.getSpeakerTitle(), o.getSummary());
        }
    }

    /** A conclusion; {@code incomingId} names the incoming document it acts on, as on {@link AgendaView}. */
    public record ConclusionView(long id, int number, String text, Long incomingId, String incomingNumber) {

        static ConclusionView of(Conclusion c) {
            return new ConclusionView(c.getId(), c.getNumber(), c.getText(),
                    c.getIncoming() == null ? null : c.getIncoming().getId(), shownNumber(c.getIncoming()));
        }
    }

    public record Detail(long id, long committeeId, String committeeName, String kind, String title, String startsAt,
                         String endsAt, String place, Person chair, String chairPosition, Person secretary,
                         String secretaryPosition, Long minutesDocumentId, String minutesStatus, boolean locked,
                         int present, int invited, List<AttendeeView> attendees, List<AgendaView> agenda,
                         List<OpinionView> opinions, List<ConclusionView> conclusions, InvitationView invitation,
                         CancellationView cancellation, long version) {

        public static Detail of(Meeting m) {
            return new Detail(m.getId(), m.getCommittee().getId(), m.getCommittee().getName(), m.getKind().name(),
                    m.getTitle(), iso(m.getStartsAt()), iso(m.getEndsAt()), m.getPlace(), Person.of(m.getChair()),
                    m.getChairPosition(), Person.of(m.getSecretary()), m.getSecretaryPosition(),
                    m.getMinutes() == null ? null : m.getMinutes().getId(),
                    m.getMinutes() == null ? null : m.getMinutes().getStatus().name(), m.isLocked(),
                    m.countPresent(), m.countInvitedMembers(),
                    m.getAttendees().stream().map(AttendeeView::of).toList(),
                    m.getAgenda().stream().map(AgendaView::of).toList(),
                    m.getOpinions().stream().map(OpinionView::of).toList(),
                    m.getConclusions().stream().map(ConclusionView::of).toList(), InvitationView.of(m),
                    CancellationView.of(m), m.getVersion());
        }
    }

    /**
     * The meeting's invitation: its document, whether it went out and the calendar sequence the invitees hold, and
     * the invitees who get no mail for want of an address (they still see the meeting in their inbox).
     */
    public record InvitationView(long documentId, String status, String number, boolean sent, Integer sequence,
                                 List<String> withoutEmail) {

        static InvitationView of(Meeting m) {
            if (m.getInvitation() == null) {
                return null;
            }
            return new InvitationView(m.getInvitation().getId(), m.getInvitation().getStatus().name(),
                    m.getInvitation().getNumberText(), m.isInvitationSent(), m.getInvitationSequence(),
                    InvitationMails.withoutEmail(m));
        }
    }

    public record CancellationView(String at, String by, String reason) {

        static CancellationView of(Meeting m) {
            return m.isCancelled() ? new CancellationView(iso(m.getCancelledAt()), m.getCancelledBy(), m.getCancelReason())
                    : null;
        }
    }

    public record ProgressView(String reportedBy, String reportedAt, BigDecimal figure, String note, boolean completed) {

        static ProgressView of(ProgressReport p) {
            return new ProgressView(p.getReportedBy(), iso(p.getReportedAt()), p.getFigure(), p.getNote(), p.isCompleted());
        }
    }

    public record ReviewView(long meetingId, String outcome, String note, String reviewedBy, String reviewedAt) {

        static ReviewView of(TaskReview r) {
            return new ReviewView(r.getMeeting().getId(), r.getOutcome().name(), r.getNote(), r.getReviewedBy(),
                    iso(r.getReviewedAt()));
        }
    }

    public record TaskView(long id, long committeeId, long meetingId, String meetingTitle, int conclusionNumber,
                           String text, String responsible, List<Person> assignees, String dueDate, String dueQuarter,
                           BigDecimal targetMin, BigDecimal targetMax, String targetUnit, String target,
                           BigDecimal achieved, Boolean targetMet, String status, List<ProgressView> progress,
                           List<ReviewView> reviews) {

        public static TaskView of(Task t, LocalDate today) {
            Target target = t.getTarget().orElse(null);
            return new TaskView(t.getId(), t.getCommittee().getId(), t.getMeeting().getId(), t.getMeeting().getTitle(),
                    t.getConclusionNumber(), t.getText(), t.getResponsible(),
                    t.getAssignees().stream().map(Person::of).sorted(java.util.Comparator.comparing(Person::username)).toList(),
                    t.getDueDate().toString(), t.getDueQuarter().map(Quarter::shortVietnamese).orElse(null),
                    target == null ? null : target.min(), target == null ? null : target.max(),
                    target == null ? null : target.unit(), target == null ? null : target.describe(), t.getAchieved(),
                    target == null ? null : target.isMetBy(t.getAchieved()), t.status(today).name(),
                    t.getProgress().stream().map(ProgressView::of).toList(),
                    t.getReviews().stream().map(ReviewView::of).toList());
        }
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
