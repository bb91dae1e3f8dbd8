package vn.vanban.domain.model.meeting;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.TestIds;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vanban.domain.model.meeting.MeetingFixtures.CHAIR;
import static vn.vanban.domain.model.meeting.MeetingFixtures.MEMBER;
import static vn.vanban.domain.model.meeting.MeetingFixtures.START;

class MeetingRepliesTest {

    private static final Instant BEFORE = START.minusSeconds(86_400);
    private static final LocalDate DAY = LocalDate.of(2019, 3, 19);

    private final Meeting meeting = MeetingFixtures.meeting(7, MeetingFixtures.committee(3), START);
    private final Attendee chair = TestIds.assign(meeting.invite(CHAIR, "Trưởng Ban chỉ đạo"), 71);
    private final Attendee member = TestIds.assign(meeting.invite(MEMBER, "Thành viên"), 72);

    private static Reply attending() {
        return Reply.of(ReplyChoice.ATTENDING, null, null, null, ReplyChannel.LINK, BEFORE);
    }

    private static Reply absent(String reason) {
        return Reply.of(ReplyChoice.ABSENT, reason, null, null, ReplyChannel.LINK, BEFORE);
    }

    private static DomainException refusal(Runnable step) {
        try {
            step.run();
        } catch (DomainException refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void anAbsenceNeedsAReasonAndADelegationTheSubstitutesName() {
        assertThat(refusal(() -> absent("  ")).getCode()).isEqualTo(ErrorCode.REASON_REQUIRED);
        DomainException noSubstitute = refusal(() -> Reply.of(ReplyChoice.DELEGATING, null, " ", "Phó ban",
                ReplyChannel.PORTAL, BEFORE));
        assertThat(noSubstitute.getCode()).isEqualTo(ErrorCode.SUBSTITUTE_REQUIRED);
        assertThat(noSubstitute.getField()).contains("substituteName");
        assertThat(refusal(() -> Reply.of(null, "x", null, null, ReplyChannel.PORTAL, BEFORE)).getCode())
                .isEqualTo(ErrorCode.REPLY_REQUIRED);
    }

    @Test
    void anAnswerKeepsOnlyTheFieldsOfItsChoice() {
        Reply reply = Reply.of(ReplyChoice.ATTENDING, "lý do cũ", "Ai đó", "Phó ban", ReplyChannel.PORTAL, BEFORE);

        assertThat(reply.getReason()).isNull();
        assertThat(reply.getSubstituteName()).isNull();
        assertThat(reply.getSubstitutePosition()).isNull();
    }

    @Test
    void theLastAnswerCountsAndProposesTheAttendance() {
        meeting.reply(member, absent("Đi công tác Đà Nẵng"), BEFORE);
        assertThat(member.getAttendance()).isEqualTo(Attendance.ABSENT);
        assertThat(member.getReason()).isEqualTo("Đi công tác Đà Nẵng");
        assertThat(member.isAttendanceProposed()).isTrue();

        meeting.reply(member, attending(), BEFORE.plusSeconds(60));
        assertThat(member.getReply()).map(Reply::getChoice).contains(ReplyChoice.ATTENDING);
        assertThat(member.getAttendance()).isEqualTo(Attendance.PRESENT);
        assertThat(member.getReason()).isNull();

        meeting.reply(member, Reply.of(ReplyChoice.DELEGATING, null, "Lê Văn Bình", "Phó Chủ tịch",
                ReplyChannel.PORTAL, BEFORE), BEFORE);
        assertThat(member.getAttendance()).isEqualTo(Attendance.ABSENT);
        assertThat(member.getReason()).isEqualTo("Cử đồng chí Lê Văn Bình, Phó Chủ tịch dự thay");
        assertThat(meeting.countPresent()).isEqualTo(1);
    }

    @Test
    void anAnswerNeverOverwritesTheAttendanceTheSecretaryRecorded() {
        meeting.recordAttendance(72, Attendance.LATE, "Họp chi bộ");

        meeting.reply(member, absent("Ốm"), BEFORE);

        assertThat(member.getAttendance()).isEqualTo(Attendance.LATE);
        assertThat(member.getReason()).isEqualTo("Họp chi bộ");
        assertThat(member.isAttendanceConfirmed()).isTrue();
        assertThat(member.isAttendanceProposed()).isFalse();
        assertThat(member.getReply()).map(Reply::getReason).contains("Ốm");
    }

    @Test
    void noAnswerOnceTheMeetingHasStarted() {
        assertThat(refusal(() -> meeting.reply(member, attending(), START)).getCode()).isEqualTo(ErrorCode.MEETING_STARTED);
        assertThat(refusal(() -> meeting.reply(member, attending(), START.plusSeconds(1))).getCode())
                .isEqualTo(ErrorCode.MEETING_STARTED);
        assertThat(member.getReply()).isEmpty();
    }

    @Test
    void noAnswerToACancelledMeeting() {
        meeting.cancel("vanthu", "Lùi sang quý sau", BEFORE);

        assertThat(refusal(() -> meeting.reply(member, attending(), BEFORE)).getCode())
                .isEqualTo(ErrorCode.MEETING_CANCELLED);
    }

    @Test
    void onlyAnInvitedMemberAnswers() {
        Attendee guest = meeting.inviteGuest("Nguyễn Văn Khách", "Đại biểu");
        Attendee elsewhere = MeetingFixtures.meeting(8, MeetingFixtures.committee(4), START)
                .invite(MEMBER, "Thành viên");

        assertThat(refusal(() -> meeting.reply(guest, attending(), BEFORE)).getCode()).isEqualTo(ErrorCode.NOT_INVITED);
        assertThat(refusal(() -> meeting.reply(elsewhere, attending(), BEFORE)).getCode())
                .isEqualTo(ErrorCode.NOT_INVITED);
        assertThat(meeting.invitee("lan.nt")).containsSame(member);
        assertThat(meeting.invitee("khong.co")).isEmpty();
    }

    @Test
    void theDayBeforeThoseWhoComeOrSendSomeoneAreRemindedOnce() {
        meeting.invitationSent();
        meeting.reply(member, Reply.of(ReplyChoice.DELEGATING, null, "Lê Văn Bình", null, ReplyChannel.LINK, BEFORE),
                BEFORE);
        meeting.reply(chair, absent("Đi công tác"), BEFORE);

        assertThat(meeting.toRemindOf(DAY)).containsExactly(member);
        meeting.reminded(member, DAY);
        assertThat(meeting.toRemindOf(DAY)).as("never twice for the same day").isEmpty();

        meeting.reply(chair, attending(), BEFORE);
        assertThat(meeting.toRemindOf(DAY)).as("a late answer is reminded at the next run").containsExactly(chair);
        assertThat(meeting.toRemindOf(DAY.plusDays(1))).as("moved to the next day: reminded of that day")
                .containsExactly(chair, member);
    }

    @Test
    void noReminderBeforeTheInvitationWentOutNorForACancelledMeeting() {
        meeting.reply(member, attending(), BEFORE);
        assertThat(meeting.toRemindOf(DAY)).isEmpty();

        meeting.invitationSent();
        assertThat(meeting.toRemindOf(DAY)).containsExactly(member);
        meeting.cancel("vanthu", "Lùi sang quý sau", BEFORE);
        assertThat(meeting.toRemindOf(DAY)).isEmpty();
    }
}
