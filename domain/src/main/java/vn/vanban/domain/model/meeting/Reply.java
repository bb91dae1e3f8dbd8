package vn.vanban.domain.model.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.Texts;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An invitee's answer as given: the choice, the reason of an absence (required), the substitute of a delegation
 * (name required, position optional), when and how it came. Only the fields of its choice are kept, so an answer
 * never carries a stale reason or substitute of an earlier one.
 */
@Embeddable
public class Reply implements Serializable {

    /** The sizes of the text columns; the domain refuses or shortens text beyond them by the same numbers. */
    public static final int REASON_LENGTH = 500;
    public static final int SUBSTITUTE_NAME_LENGTH = 200;
    public static final int SUBSTITUTE_POSITION_LENGTH = 300;

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_choice", length = 16)
    private ReplyChoice choice;

    @Column(name = "reply_reason", length = REASON_LENGTH)
    private String reason;

    @Column(name = "substitute_name", length = SUBSTITUTE_NAME_LENGTH)
    private String substituteName;

    @Column(name = "substitute_position", length = SUBSTITUTE_POSITION_LENGTH)
    private String substitutePosition;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "replied_via", length = 16)
    private ReplyChannel via;

    protected Reply() {
    }

    private Reply(ReplyChoice choice, String reason, String substituteName, String substitutePosition,
                  ReplyChannel via, Instant repliedAt) {
        this.choice = choice;
        this.reason = reason;
        this.substituteName = substituteName;
        this.substitutePosition = substitutePosition;
        this.via = Objects.requireNonNull(via, "via");
        this.repliedAt = Objects.requireNonNull(repliedAt, "repliedAt");
    }

    /**
     * An answer checked for what its choice needs: REPLY_REQUIRED without a choice, REASON_REQUIRED for an absence
     * without a reason, SUBSTITUTE_REQUIRED for a delegation without the substitute's name.
     */
    public static Reply of(ReplyChoice choice, String reason, String substituteName, String substitutePosition,
                           ReplyChannel via, Instant at) {
        if (choice == null) {
            throw new DomainException(ErrorCode.REPLY_REQUIRED, "answer");
        }
        return switch (choice) {
            case ATTENDING -> new Reply(choice, null, null, null, via, at);
            case ABSENT -> new Reply(choice,
                    Texts.required(reason, REASON_LENGTH, ErrorCode.REASON_REQUIRED, "reason"), null, null, via, at);
            case DELEGATING -> new Reply(choice, null,
                    Texts.required(substituteName, SUBSTITUTE_NAME_LENGTH, ErrorCode.SUBSTITUTE_REQUIRED,
                            "substituteName"),
                    Texts.optional(substitutePosition, SUBSTITUTE_POSITION_LENGTH, "substitutePosition"), via, at);
        };
    }

    /** The attendance this answer proposes: present, or absent with the reason the minutes will print. */
    Attendance proposedAttendance() {
        return choice == ReplyChoice.ATTENDING ? Attendance.PRESENT : Attendance.ABSENT;
    }

    String proposedReason() {
        return switch (choice) {
            case ATTENDING -> null;
            case ABSENT -> reason;
            case DELEGATING -> Texts.shortened("Cử đồng chí " + substituteName
                    + (substitutePosition == null ? "" : ", " + substitutePosition) + " dự thay", Attendee.REASON_LENGTH);
        };
    }

    /** The answer in one line, as the audit trail and the secretariat read it. */
    public String describe() {
        return switch (choice) {
            case ATTENDING -> choice.name();
            case ABSENT -> choice.name() + ": " + reason;
            case DELEGATING -> choice.name() + ": " + substituteName
                    + (substitutePosition == null ? "" : ", " + substitutePosition);
        };
    }

    public ReplyChoice getChoice() {
        return choice;
    }

    public String getReason() {
        return reason;
    }

    public String getSubstituteName() {
        return substituteName;
    }

    public String getSubstitutePosition() {
        return substitutePosition;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public ReplyChannel getVia() {
        return via;
    }
}
