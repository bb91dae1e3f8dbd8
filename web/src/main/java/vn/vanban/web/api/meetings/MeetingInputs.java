package vn.vanban.web.api.meetings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import vn.vanban.application.meeting.MeetingInput;
import vn.vanban.application.meeting.ReplyInput;
import vn.vanban.application.task.TaskInput;
import vn.vanban.domain.model.meeting.Attendance;
import vn.vanban.domain.model.meeting.MeetingKind;
import vn.vanban.domain.model.meeting.ReplyChoice;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.task.Quarter;
import vn.vanban.domain.model.task.ReviewOutcome;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static vn.vanban.web.api.InputValues.date;
import static vn.vanban.web.api.InputValues.enumValue;
import static vn.vanban.web.api.InputValues.time;

/** What the API accepts for meetings and tasks, and its translation into the application's inputs. */
public final class MeetingInputs {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private MeetingInputs() {
    }

    /**
     * The checks of a whole schedule: it names the committee, the chair and the secretary. A change may leave out the
     * committee, which stays the meeting's own, so its schedule is checked once that is filled in.
     */
    public interface Complete extends Default {
    }

    /** Times with an offset ({@code 2019-03-19T14:00+07:00}), or local times, which are Vietnam time. */
    public record Schedule(
            @NotNull(groups = Complete.class, message = "{vn.vanban.error.COMMITTEE_NOT_FOUND}") Long committeeId,
            String kind, String title, String startsAt, String endsAt, String place,
            @NotNull(groups = Complete.class, message = "{vn.vanban.error.USER_NOT_FOUND}") Long chairId,
            String chairPosition,
            @NotNull(groups = Complete.class, message = "{vn.vanban.error.USER_NOT_FOUND}") Long secretaryId,
            String secretaryPosition) {

        /** A change that names a committee must name the meeting's own: a meeting never moves to another one. */
        boolean namesAnotherCommitteeThan(Long meetingsCommittee) {
            return committeeId != null && !committeeId.equals(meetingsCommittee);
        }

        MeetingInput input() {
            return new MeetingInput(committeeId, enumValue(MeetingKind.class, kind, "kind"), title,
                    time(startsAt, "startsAt"), time(endsAt, "endsAt"), place, chairId, chairPosition, secretaryId,
                    secretaryPosition);
        }
    }

    public record Invitation(Long userId, String name, String title) {
    }

    public record AttendanceRecord(String attendance, String reason) {

        Attendance value() {
            return enumValue(Attendance.class, attendance, "attendance");
        }
    }

    /** An agenda item: {@code incomingId} optionally names the incoming document it is about. */
    public record Item(String title, Long documentId, Long incomingId, Boolean taskReview) {
    }

    /** A paper naming a document of the portal ({@code documentId}) or an incoming document ({@code incomingId}). */
    public record PaperReference(String title, Long documentId, Long incomingId) {
    }

    public record OpinionInput(String speaker, String speakerTitle, String summary) {
    }

    /** A conclusion: {@code incomingId} optionally names the incoming document it acts on. */
    public record ConclusionInput(String text, Long incomingId) {
    }

    public record Cancellation(String reason) {
    }

    /** An answer to an invitation: ATTENDING, ABSENT (reason required) or DELEGATING (substituteName required). */
    public record ReplyBody(String answer, String reason, String substituteName, String substitutePosition) {

        public ReplyInput input() {
            return new ReplyInput(enumValue(ReplyChoice.class, answer, "answer"), reason, substituteName,
                    substitutePosition);
        }
    }

    public record Order(List<Long> ids) {
    }

    /** A quarter as {@code 2019-Q2}. */
    public record TaskBody(String text, String responsible, List<Long> assigneeIds, String dueDate, String quarter,
                           BigDecimal targetMin, BigDecimal targetMax, String targetUnit) {

        TaskInput input() {
            Quarter q = MeetingInputs.quarter(quarter);
            return new TaskInput(text, responsible, assigneeIds == null ? Set.of() : Set.copyOf(assigneeIds),
                    date(dueDate, "dueDate"), q == null ? null : q.year(), q == null ? null : q.number(), targetMin,
                    targetMax, targetUnit);
        }
    }

    public record Progress(BigDecimal figure, String note, Boolean completed) {
    }

    public record Review(Long meetingId, String outcome, String note) {

        ReviewOutcome value() {
            ReviewOutcome parsed = enumValue(ReviewOutcome.class, outcome, "outcome");
            if (parsed == null) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, "outcome");
            }
            return parsed;
        }
    }

    static Quarter quarter(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = QUARTER.matcher(text.strip());
        if (!m.matches()) {
            throw new DomainException(ErrorCode.QUARTER_INVALID, "quarter");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
}
