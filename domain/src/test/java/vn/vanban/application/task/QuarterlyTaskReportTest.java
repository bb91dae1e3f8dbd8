package vn.vanban.application.task;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingFixtures;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.task.Quarter;
import vn.vanban.domain.model.task.Target;
import vn.vanban.domain.model.task.Task;
import vn.vanban.domain.model.task.TaskDetails;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class QuarterlyTaskReportTest {

    private static final Quarter Q2 = new Quarter(2019, 2);

    @Test
    void theReportCountsTheTasksAndSetsEachTargetAgainstWhatWasAchievedOnTheDayItIsPrinted() {
        Committee committee = MeetingFixtures.committee(1);
        Meeting meeting = MeetingFixtures.meeting(1, committee, MeetingFixtures.START);
        Task found = new Task(MeetingFixtures.conclude(meeting, "Thành lập", 1), new TaskDetails("Thành lập tổ chức đảng",
                "Các phường", Set.of(), null, Q2, new Target(new BigDecimal("2"), new BigDecimal("3"), "tổ chức đảng")), "vanthu");
        found.reportProgress("lan.nt", new BigDecimal("2"), "Đã thành lập hai chi bộ", true, Instant.parse("2019-06-20T00:00:00Z"));
        Task survey = new Task(MeetingFixtures.conclude(meeting, "Khảo sát", 2), new TaskDetails("Khảo sát chi bộ",
                null, Set.of(), null, Q2, new Target(new BigDecimal("10"), null, "chi bộ")), "vanthu");
        survey.reportProgress("ha.ltt", new BigDecimal("4"), "Đã khảo sát bốn chi bộ", false, Instant.parse("2019-06-20T00:00:00Z"));

        String body = QuarterlyTaskReport.body(committee, Q2, List.of(found, survey), LocalDate.of(2019, 7, 5));

        assertThat(body).contains("quý II năm 2019", "số liệu đến 05/07/2019", "Tổng số 2 nhiệm vụ; hoàn thành 1; quá hạn 1",
                "2–3 tổ chức đảng", "2 (đạt)", "10 chi bộ", "4 (chưa đạt)", "Hoàn thành", "Quá hạn", "(kết luận số 2)");
        assertThat(QuarterlyTaskReport.capacity(committee)).isEqualTo("T/M BAN CHỈ ĐẠO");
    }
}
