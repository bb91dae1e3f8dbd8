package vn.vanban.domain.model.task;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingFixtures;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vanban.domain.model.meeting.MeetingFixtures.MEMBER;
import static vn.vanban.domain.model.meeting.MeetingFixtures.START;

class TaskTest {

    private static final Instant LATER = Instant.parse("2019-06-20T07:00:00Z");
    private static final Committee COMMITTEE = MeetingFixtures.committee(1);
    private static final Quarter Q2 = new Quarter(2019, 2);

    private static void expectRefusal(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getCode()).isEqualTo(code));
    }

    private static Task foundPartyOrganisations() {
        Meeting meeting = MeetingFixtures.meeting(1, COMMITTEE, START);
        return new Task(MeetingFixtures.conclude(meeting, "Thành lập tổ chức đảng", 7),
                new TaskDetails("Phấn đấu thành lập từ 02-03 tổ chức đảng", "Thành viên Ban chỉ đạo", Set.of(MEMBER),
                        null, Q2, new Target(new BigDecimal("2"), new BigDecimal("3"), "tổ chức đảng")), "vanthu");
    }

    @Test
    void aTaskDueInAQuarterIsDueOnItsLastDay() {
        Task task = foundPartyOrganisations();

        assertThat(task.getDueDate()).isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(task.getDueQuarter()).contains(Q2);
        assertThat(task.getTarget()).map(Target::describe).contains("2–3 tổ chức đảng");
        assertThat(task.getConclusionNumber()).isEqualTo(1);
    }

    @Test
    void aTaskNeedsADueDateAndASensibleTarget() {
        Meeting meeting = MeetingFixtures.meeting(1, COMMITTEE, START);
        var conclusion = MeetingFixtures.conclude(meeting, "x", 1);
        expectRefusal(() -> new Task(conclusion, new TaskDetails("Khảo sát", null, Set.of(), null, null, null), "vanthu"),
                ErrorCode.DUE_DATE_REQUIRED);
        expectRefusal(() -> new Target(new BigDecimal("3"), new BigDecimal("2"), null), ErrorCode.TARGET_INVALID);
        expectRefusal(() -> new Target(new BigDecimal("-1"), null, null), ErrorCode.TARGET_INVALID);
        expectRefusal(() -> new Quarter(2019, 5), ErrorCode.QUARTER_INVALID);
    }

    @Test
    void progressSetsTheAchievedFigureAndTheStatusWhichTurnsOverdueAfterTheDueDate() {
        Task task = foundPartyOrganisations();
        assertThat(task.status(LocalDate.of(2019, 4, 1))).isEqualTo(TaskStatus.NOT_STARTED);

        task.reportProgress("lan.nt", new BigDecimal("1"), "Đã thành lập chi bộ công ty A", false, LATER);

        assertThat(task.getAchieved()).isEqualByComparingTo("1");
        assertThat(task.status(LocalDate.of(2019, 6, 30))).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(task.status(LocalDate.of(2019, 7, 1))).isEqualTo(TaskStatus.OVERDUE);
        assertThat(task.getTarget().orElseThrow().isMetBy(task.getAchieved())).isFalse();

        task.reportProgress("lan.nt", new BigDecimal("2"), "Thêm chi bộ công ty B", true, LATER);
        assertThat(task.status(LocalDate.of(2019, 7, 1))).isEqualTo(TaskStatus.DONE);
        assertThat(task.getTarget().orElseThrow().isMetBy(task.getAchieved())).isTrue();
        expectRefusal(() -> task.reportProgress("lan.nt", null, "nữa", false, LATER), ErrorCode.TASK_CLOSED);
    }

    @Test
    void progressNeedsANoteAndANonNegativeFigure() {
        Task task = foundPartyOrganisations();

        expectRefusal(() -> task.reportProgress("lan.nt", null, " ", false, LATER), ErrorCode.TEXT_REQUIRED);
        expectRefusal(() -> task.reportProgress("lan.nt", new BigDecimal("-2"), "x", false, LATER), ErrorCode.FIGURE_INVALID);
        assertThat(task.getProgress()).isEmpty();
    }

    @Test
    void aLaterMeetingOfTheSameCommitteeReviewsATaskOnceAndMayCarryItOver() {
        Task task = foundPartyOrganisations();
        Meeting next = MeetingFixtures.meeting(2, COMMITTEE, LATER);
        Meeting elsewhere = MeetingFixtures.meeting(3, MeetingFixtures.committee(2), LATER);

        expectRefusal(() -> task.review(task.getMeeting(), ReviewOutcome.CONTINUE, null, "vanthu", LATER),
                ErrorCode.REVIEW_MEETING_INVALID);
        expectRefusal(() -> task.review(elsewhere, ReviewOutcome.CONTINUE, null, "vanthu", LATER),
                ErrorCode.REVIEW_MEETING_INVALID);
        task.review(next, ReviewOutcome.CARRIED_OVER, "Chuyển sang quý III", "vanthu", LATER);
        expectRefusal(() -> task.review(next, ReviewOutcome.DONE, null, "vanthu", LATER), ErrorCode.ALREADY_REVIEWED);

        assertThat(task.status(LocalDate.of(2019, 7, 1))).isEqualTo(TaskStatus.CARRIED_OVER);
        assertThat(task.reviewAt(next)).map(TaskReview::getNote).contains("Chuyển sang quý III");
    }
}
