package vn.vanban.domain.model.meeting;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.shared.TestIds;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.domain.model.meeting.MeetingFixtures.MEMBER;
import static vn.vanban.domain.model.meeting.MeetingFixtures.OTHER_MEMBER;
import static vn.vanban.domain.model.meeting.MeetingFixtures.START;

class MinutesBodyTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void minutesGiveTimePlacePeopleAttendanceAgendaEveryOpinionInOrderAndTheNumberedConclusions() {
        Meeting meeting = MeetingFixtures.meeting(1, MeetingFixtures.committee(1), START);
        TestIds.assign(meeting.invite(MEMBER, "Thành viên"), 11);
        TestIds.assign(meeting.invite(OTHER_MEMBER, "Thành viên"), 12);
        meeting.recordAttendance(12, Attendance.ABSENT, "Đi công tác");
        meeting.inviteGuest("Lê Văn Khách", "Bí thư Đảng ủy phường Ngọc Thụy");
        meeting.addAgendaItem("Nghe dự thảo quyết định kiện toàn Ban chỉ đạo", null, false);
        meeting.addOpinion("Nguyễn Thị Lan", "Thành viên", "Đề nghị bổ sung chỉ tiêu quý II.");
        meeting.addOpinion("Phạm Minh Đức", null, "Thống nhất với dự thảo.");
        meeting.addConclusion("Khảo sát chi bộ cơ sở.");
        meeting.addConclusion("Phấn đấu quý II thành lập từ 02-03 tổ chức đảng.");

        String body = MinutesBody.of(meeting, VIETNAM);

        assertThat(body).contains("bắt đầu lúc 14 giờ 00, ngày 19 tháng 3 năm 2019", "Hội trường Quận ủy",
                "Trần Văn Hưng - Trưởng Ban chỉ đạo", "Vũ Thị Mai - Chuyên viên Ban Tổ chức",
                "có mặt 1/2 thành viên", "Vắng: đồng chí Phạm Minh Đức (Đi công tác)",
                "Lê Văn Khách - Bí thư Đảng ủy phường Ngọc Thụy", "1. Nghe dự thảo quyết định kiện toàn Ban chỉ đạo",
                "có 2 ý kiến phát biểu", "1. Khảo sát chi bộ cơ sở.",
                "2. Phấn đấu quý II thành lập từ 02-03 tổ chức đảng.", "kết thúc lúc 17 giờ 00 cùng ngày");
        assertThat(body.indexOf("Nguyễn Thị Lan - Thành viên: Đề nghị"))
                .isLessThan(body.indexOf("Phạm Minh Đức: Thống nhất"));
    }

    @Test
    void whatTheRecordSaysIsTextNeverMarkup() {
        Meeting meeting = MeetingFixtures.meeting(1, MeetingFixtures.committee(1), START);
        meeting.addOpinion("<script>alert(1)</script>", null, "a < b & c");

        assertThat(MinutesBody.of(meeting, VIETNAM)).doesNotContain("<script>")
                .contains("&lt;script&gt;", "a &lt; b &amp; c");
    }
}
