package vn.vanban.domain.model.meeting;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vanban.domain.model.meeting.MeetingFixtures.CHAIR;
import static vn.vanban.domain.model.meeting.MeetingFixtures.MEMBER;
import static vn.vanban.domain.model.meeting.MeetingFixtures.SECRETARY;
import static vn.vanban.domain.model.meeting.MeetingFixtures.START;

class MeetingInvitationTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant NOW = Instant.parse("2019-03-10T02:00:00Z");

    private static Meeting meeting() {
        Meeting meeting = MeetingFixtures.meeting(7, MeetingFixtures.committee(3), START);
        meeting.invite(CHAIR, "Trưởng Ban chỉ đạo");
        meeting.invite(MEMBER, "Thành viên");
        meeting.addAgendaItem("Báo cáo kết quả quý I", null, false);
        return meeting;
    }

    private static MeetingDetails moved(Instant start, String place) {
        return new MeetingDetails(MeetingKind.QUARTERLY_REVIEW, "Hội nghị giao ban quý I năm 2019", start,
                start.plusSeconds(3 * 3600), place, CHAIR, "Trưởng Ban chỉ đạo", SECRETARY, "Chuyên viên Ban Tổ chức");
    }

    @Test
    void aMoveBeforeTheInvitationWentOutTellsNobody() {
        Meeting meeting = meeting();

        assertThat(meeting.change(moved(START.plusSeconds(3600), "Phòng họp số 2"))).isFalse();
        assertThat(meeting.isInvitationSent()).isFalse();
        assertThat(meeting.getInvitationSequence()).isNull();
    }

    @Test
    void aMoveAfterTheInvitationRaisesTheSequenceOnceAndAResaveOfTheSameDetailsNotAgain() {
        Meeting meeting = meeting();
        meeting.invitationSent();
        meeting.invitationSent();
        assertThat(meeting.getInvitationSequence()).isZero();

        assertThat(meeting.change(moved(START, "Hội trường Quận ủy"))).as("nothing the invitees know changed").isFalse();
        assertThat(meeting.change(moved(START.plusSeconds(3600), "Hội trường Quận ủy"))).isTrue();
        assertThat(meeting.getInvitationSequence()).isEqualTo(1);
        assertThat(meeting.change(moved(START.plusSeconds(3600), "Hội trường Quận ủy"))).as("the same again").isFalse();
        assertThat(meeting.change(moved(START.plusSeconds(3600), "Phòng họp số 2"))).isTrue();
        assertThat(meeting.getInvitationSequence()).isEqualTo(2);
    }

    @Test
    void aCancellationNeedsAReasonHappensOnceAndEndsEditing() {
        Meeting meeting = meeting();
        meeting.invitationSent();

        assertThatThrownBy(() -> meeting.cancel("vanthu", " ", NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getCode()).isEqualTo(ErrorCode.REASON_REQUIRED));
        assertThat(meeting.cancel("vanthu", "Đồng chí Trưởng ban đi công tác", NOW)).isTrue();
        assertThat(meeting.isCancelled()).isTrue();
        assertThat(meeting.getInvitationSequence()).isEqualTo(1);
        assertThatThrownBy(() -> meeting.cancel("vanthu", "lần nữa", NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getCode()).isEqualTo(ErrorCode.MEETING_CANCELLED));
        assertThatThrownBy(() -> meeting.change(moved(START, "Nơi khác"))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getCode()).isEqualTo(ErrorCode.MEETING_CANCELLED));
        assertThat(meeting.getInvitationSequence()).isEqualTo(1);
    }

    @Test
    void cancellingBeforeTheInvitationWentOutTellsNobody() {
        Meeting meeting = meeting();

        assertThat(meeting.cancel("vanthu", "Lùi sang quý sau", NOW)).isFalse();
        assertThat(meeting.getInvitationSequence()).isNull();
    }

    @Test
    void theInvitationReadsFromTheRecord() {
        String body = InvitationBody.of(meeting(), "Ban Chỉ đạo", VIETNAM);

        assertThat(body).startsWith("<p>Ban Chỉ đạo trân trọng kính mời:</p>")
                .contains("<p>- Đồng chí Trần Văn Hưng - Trưởng Ban chỉ đạo;</p>")
                .contains("<p>- Đồng chí Nguyễn Thị Lan - Thành viên;</p>")
                .contains("<strong>Tới dự:</strong> Hội nghị giao ban quý I năm 2019.")
                .contains("<strong>Thời gian:</strong> 14 giờ 00, thứ Ba, ngày 19 tháng 3 năm 2019 (đến 17 giờ 00).")
                .contains("<strong>Địa điểm:</strong> Hội trường Quận ủy.")
                .contains("<p>1. Báo cáo kết quả quý I.</p>")
                .contains("<strong>Liên hệ:</strong> đồng chí Vũ Thị Mai - Chuyên viên Ban Tổ chức.")
                .doesNotContain("Tài liệu nghiên cứu trước");
    }

    @Test
    void weekdaysReadAsInvitationsWriteThem() {
        assertThat(InvitationBody.weekday(DayOfWeek.MONDAY)).isEqualTo("thứ Hai");
        assertThat(InvitationBody.weekday(DayOfWeek.THURSDAY)).isEqualTo("thứ Năm");
        assertThat(InvitationBody.weekday(DayOfWeek.SUNDAY)).isEqualTo("Chủ nhật");
    }
}
