package vn.vanban.domain.model.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.vanban.domain.model.account.UserAccount;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A person invited to a meeting: a member of the portal or a guest known only by name and title. A member answers
 * the invitation ({@link Reply}, the last answer counts); until the secretary records their attendance, the answer
 * proposes it. The personal link of the invitation mail is kept only as the SHA-256 of its token.
 */
@Entity
@Table(name = "meeting_attendee")
@NamedQuery(name = Attendee.BY_REPLY_TOKEN, query = "SELECT a FROM Attendee a WHERE a.replyTokenHash = :hash")
public class Attendee extends MeetingPart {

    /** The sizes of the text columns; the domain refuses or shortens text beyond them by the same numbers. */
    public static final int NAME_LENGTH = 200;
    public static final int TITLE_LENGTH = 300;
    public static final int REASON_LENGTH = 500;

    private static final long serialVersionUID = 1L;
    public static final String BY_REPLY_TOKEN = "Attendee.byReplyToken";


    @ManyToOne
    @JoinColumn(name = "user_id")
    private UserAccount person;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "title", length = TITLE_LENGTH)
    private String title;

    @Column(name = "guest", nullable = false)
    private boolean guest;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendance", nullable = false, length = 16)
    private Attendance attendance;

    @Column(name = "reason", length = REASON_LENGTH)
    private String reason;

    /** Whether the secretary recorded the attendance; until then an answer to the invitation proposes it. */
    @Column(name = "attendance_confirmed", nullable = false)
    private boolean attendanceConfirmed;

    @Embedded
    private Reply reply;

    @Column(name = "reply_token_hash", length = 64)
    private String replyTokenHash;

    /** The day of the meeting this invitee was reminded of; a meeting moved to another day is reminded again. */
    @Column(name = "reminded_for")
    private LocalDate remindedFor;

    protected Attendee() {
    }

    Attendee(Meeting meeting, int sortOrder, UserAccount person, String name, String title, boolean guest) {
        super(meeting, sortOrder);
        this.person = person;
        this.name = name;
        this.title = title;
        this.guest = guest;
        this.attendance = Attendance.PRESENT;
    }

    void record(Attendance attendance, String reason) {
        this.attendance = attendance;
        this.reason = reason;
        this.attendanceConfirmed = true;
    }

    void answer(Reply answer) {
        this.reply = answer;
        if (!attendanceConfirmed) {
            this.attendance = answer.proposedAttendance();
            this.reason = answer.proposedReason();
        }
    }

    void issueReplyToken(String tokenHash) {
        this.replyTokenHash = tokenHash;
    }

    void remindedFor(LocalDate day) {
        this.remindedFor = day;
    }

    /** Whether this invitee said someone will come and has not been reminded of that day yet. */
    boolean isToBeRemindedOf(LocalDate day) {
        return getReply().map(r -> r.getChoice().expectsSomeone()).orElse(false) && !day.equals(remindedFor);
    }

    public UserAccount getPerson() {
        return person;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public boolean isGuest() {
        return guest;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public String getReason() {
        return reason;
    }

    /** The last answer to the invitation; an embedded answer with no choice is none (all its columns are null). */
    public Optional<Reply> getReply() {
        return reply == null || reply.getChoice() == null ? Optional.empty() : Optional.of(reply);
    }

    public boolean isAttendanceConfirmed() {
        return attendanceConfirmed;
    }

    /** The attendance shown comes from the invitee's answer and waits for the secretary's confirmation. */
    public boolean isAttendanceProposed() {
        return !attendanceConfirmed && getReply().isPresent();
    }

    public LocalDate getRemindedFor() {
        return remindedFor;
    }
}
