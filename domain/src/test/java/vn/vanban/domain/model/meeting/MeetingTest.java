package vn.vanban.domain.model.meeting;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.document.DraftContent;
import vn.vanban.domain.model.document.RegisterNumber;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingFileKind;
import vn.vanban.domain.model.incoming.Receipt;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.TestIds;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vanban.domain.model.meeting.MeetingFixtures.CHAIR;
import static vn.vanban.domain.model.meeting.MeetingFixtures.MEMBER;
import static vn.vanban.domain.model.meeting.MeetingFixtures.SECRETARY;
import static vn.vanban.domain.model.meeting.MeetingFixtures.START;

class MeetingTest {

    private static void expectRefusal(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getCode()).isEqualTo(code));
    }

    private static Meeting meeting() {
        return MeetingFixtures.meeting(10, MeetingFixtures.committee(1), START);
    }

    @Test
    void aMeetingNeedsTitlePlaceAndStartAndCannotEndBeforeItStarts() {
        var committee = MeetingFixtures.committee(1);
        expectRefusal(() -> new Meeting(committee, new MeetingDetails(null, " ", START, null, "Hội trường", CHAIR,
                null, SECRETARY, null), "vanthu"), ErrorCode.TITLE_REQUIRED);
        expectRefusal(() -> new Meeting(committee, new MeetingDetails(null, "Giao ban", START, null, "", CHAIR,
                null, SECRETARY, null), "vanthu"), ErrorCode.PLACE_REQUIRED);
        expectRefusal(() -> new Meeting(committee, new MeetingDetails(null, "Giao ban", null, null, "Hội trường",
                CHAIR, null, SECRETARY, null), "vanthu"), ErrorCode.TIME_REQUIRED);
        expectRefusal(() -> new Meeting(committee, new MeetingDetails(null, "Giao ban", START, START.minusSeconds(60),
                "Hội trường", CHAIR, null, SECRETARY, null), "vanthu"), ErrorCode.END_BEFORE_START);
    }

    @Test
    void anAgendaItemAndAConclusionNameTheIncomingDocumentTheyAreAboutAndARewordingKeepsIt() {
        IncomingDocument resolution = new IncomingDocument(MeetingFixtures.ISSUER,
                new DocumentType("NQ", "Nghị quyết", "NGHỊ QUYẾT", ""), new Receipt("Thành ủy Hà Nội", "09-NQ/TU",
                LocalDate.of(2019, 3, 1), "Về phát triển đảng viên", null, null, null, START, null, null),
                "a".repeat(64), "nq.pdf", IncomingFileKind.PDF, "vanthu");
        Meeting meeting = meeting();

        AgendaItem report = meeting.addAgendaItem("Báo cáo thực hiện Nghị quyết 09-NQ/TU", null, resolution, true);
        Conclusion target = TestIds.assign(meeting.addConclusion("Phấn đấu thành lập từ 02-03 tổ chức đảng", resolution), 7);
        Conclusion other = TestIds.assign(meeting.addConclusion("Khảo sát chi bộ"), 8);
        meeting.changeConclusion(7, "Phấn đấu quý II thành lập từ 02–03 tổ chức đảng");

        assertThat(report.getIncoming()).isSameAs(resolution);
        assertThat(target.getIncoming()).as("a new wording keeps what it acts on").isSameAs(resolution);
        assertThat(other.getIncoming()).isNull();
        meeting.changeConclusion(7, "Phấn đấu quý II thành lập từ 02–03 tổ chức đảng", null);
        assertThat(target.getIncoming()).isNull();
    }

    @Test
    void anAbsenceIsRecordedOnlyWithItsReasonAndInvitingTwiceIsRefused() {
        Meeting meeting = meeting();
        Attendee lan = TestIds.assign(meeting.invite(MEMBER, "Thành viên"), 100);

        expectRefusal(() -> meeting.recordAttendance(100, Attendance.ABSENT, "  "), ErrorCode.REASON_REQUIRED);
        meeting.recordAttendance(100, Attendance.ABSENT, "Đi công tác");
        expectRefusal(() -> meeting.invite(MEMBER, null), ErrorCode.ALREADY_INVITED);

        assertThat(lan.getAttendance()).isEqualTo(Attendance.ABSENT);
        assertThat(lan.getReason()).isEqualTo("Đi công tác");
        assertThat(meeting.countPresent()).isZero();
    }

    @Test
    void conclusionsAreNumberedByTheirPlaceThroughDeletionAndReordering() {
        Meeting meeting = meeting();
        MeetingFixtures.conclude(meeting, "Khảo sát chi bộ", 1);
        MeetingFixtures.conclude(meeting, "Thành lập tổ chức đảng", 2);
        MeetingFixtures.conclude(meeting, "Nâng cao chất lượng sinh hoạt", 3);

        meeting.removeConclusion(1);
        assertThat(meeting.getConclusions()).extracting(Conclusion::getNumber, Conclusion::getText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Thành lập tổ chức đảng"),
                        org.assertj.core.groups.Tuple.tuple(2, "Nâng cao chất lượng sinh hoạt"));

        meeting.reorderConclusions(List.of(3L, 2L));
        assertThat(meeting.getConclusions()).extracting(Conclusion::getText)
                .containsExactly("Nâng cao chất lượng sinh hoạt", "Thành lập tổ chức đảng");
        assertThat(meeting.getConclusions()).extracting(Conclusion::getNumber).containsExactly(1, 2);
    }

    @Test
    void aNewOrderMustNameEveryItemExactlyOnce() {
        Meeting meeting = meeting();
        TestIds.assign(meeting.addOpinion("Nguyễn Thị Lan", null, "Đồng ý"), 1);
        TestIds.assign(meeting.addOpinion("Phạm Minh Đức", null, "Bổ sung"), 2);

        expectRefusal(() -> meeting.reorderOpinions(List.of(1L)), ErrorCode.ORDER_INVALID);
        expectRefusal(() -> meeting.reorderOpinions(List.of(1L, 1L)), ErrorCode.ORDER_INVALID);
        expectRefusal(() -> meeting.reorderOpinions(List.of(1L, 9L)), ErrorCode.ORDER_INVALID);
        meeting.reorderOpinions(List.of(2L, 1L));

        assertThat(meeting.getOpinions()).extracting(Opinion::getSpeaker).containsExactly("Phạm Minh Đức", "Nguyễn Thị Lan");
    }

    @Test
    void theRecordIsFrozenOnceItsMinutesAreIssuedButNotBefore() {
        Meeting meeting = meeting();
        MeetingFixtures.conclude(meeting, "Khảo sát chi bộ", 1);
        Document minutes = new Document(MeetingFixtures.ISSUER, new DocumentType("BB", "Biên bản", "BIÊN BẢN", ""),
                new DraftContent("Giao ban", "<p>x</p>", CHAIR, null, "CHỦ TRÌ", null, Audience.ALL_MEMBERS, Set.of()),
                "vanthu", START);
        meeting.attachMinutes(minutes);
        meeting.changeConclusion(1, "Khảo sát, đánh giá chi bộ");

        minutes.submitForReview("vanthu", null, Set.of(), START);
        minutes.approve("hung.tv", null, START);
        minutes.issue(new RegisterNumber(3, "s", "Số 03-BB/BCĐ", LocalDate.of(2019, 3, 19)), "vanthu", START);

        assertThat(meeting.isLocked()).isTrue();
        expectRefusal(() -> meeting.changeConclusion(1, "khác"), ErrorCode.MEETING_LOCKED);
        expectRefusal(() -> meeting.addOpinion("A", null, "B"), ErrorCode.MEETING_LOCKED);
        expectRefusal(() -> meeting.removeConclusion(1), ErrorCode.MEETING_LOCKED);
        assertThat(meeting.getConclusions()).extracting(Conclusion::getText).containsExactly("Khảo sát, đánh giá chi bộ");
    }
}
