package vn.vanban.domain.model.meeting;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingNewsTest {

    @Test
    void aMeetingGivesANewsDraftWithWhenWhoWhatWasHeardHowManySpokeAndTheConclusions() {
        Meeting meeting = MeetingFixtures.meeting(1, MeetingFixtures.committee(1), MeetingFixtures.START);
        meeting.invite(MeetingFixtures.MEMBER, "Thành viên");
        meeting.addAgendaItem("Báo cáo kết quả thực hiện Nghị quyết 09-NQ/TU quý I", null, false);
        meeting.addOpinion("Nguyễn Thị Lan", null, "Đồng ý");
        meeting.addOpinion("Phạm Minh Đức", null, "Bổ sung <b>số liệu</b>");
        meeting.addConclusion("Phấn đấu quý II thành lập từ 02-03 tổ chức đảng.");

        MeetingNews.Draft draft = MeetingNews.of(meeting, ZoneId.of("Asia/Ho_Chi_Minh"));

        assertThat(draft.title()).isEqualTo("Hội nghị giao ban quý I năm 2019");
        assertThat(draft.summary()).isEqualTo("Chiều ngày 19/3/2019, Ban chỉ đạo 09 tổ chức hội nghị giao ban quý I năm 2019.");
        assertThat(draft.body()).contains("Chủ trì hội nghị có đồng chí Trần Văn Hưng - Trưởng Ban chỉ đạo",
                "dự hội nghị có 1 đồng chí thành viên", "báo cáo kết quả thực hiện Nghị quyết 09-NQ/TU quý I",
                "đã có 2 ý kiến phát biểu", "1. Phấn đấu quý II thành lập từ 02-03 tổ chức đảng.")
                .doesNotContain("<b>");
    }
}
