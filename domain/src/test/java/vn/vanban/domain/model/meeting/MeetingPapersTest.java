package vn.vanban.domain.model.meeting;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.document.DraftContent;
import vn.vanban.domain.model.document.RegisterNumber;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.domain.model.shared.TestIds;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vanban.domain.model.meeting.MeetingFixtures.CHAIR;
import static vn.vanban.domain.model.meeting.MeetingFixtures.START;

class MeetingPapersTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final PaperUpload REPORT = new PaperUpload("a".repeat(64), PaperFileKind.PDF, 1200,
            "Báo cáo quý I.pdf");

    private static void expectRefusal(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getCode()).isEqualTo(code));
    }

    private static Meeting meetingWithAgenda() {
        Meeting meeting = MeetingFixtures.meeting(10, MeetingFixtures.committee(1), START);
        TestIds.assign(meeting.addAgendaItem("Nghe báo cáo kết quả quý I", null, false), 1);
        TestIds.assign(meeting.addAgendaItem("Cho ý kiến dự thảo quy chế", null, false), 2);
        return meeting;
    }

    private static Document draft(String summary) {
        return new Document(MeetingFixtures.ISSUER, new DocumentType("QC", "Quy chế", "QUY CHẾ", ""),
                new DraftContent(summary, "<p>x</p>", CHAIR, null, "T/M", null, Audience.ALL_MEMBERS, Set.of()),
                "vanthu", START);
    }

    @Test
    void papersBelongToTheirAgendaItemInTheOrderTheyWereAddedAndARemovalClosesTheGap() {
        Meeting meeting = meetingWithAgenda();
        TestIds.assign(meeting.addPaper(1, "Báo cáo kết quả quý I", REPORT, "vanthu", START), 21);
        TestIds.assign(meeting.addPaper(1, "Phụ lục số liệu", REPORT, "vanthu", START), 22);
        TestIds.assign(meeting.addPaper(2, "Dự thảo quy chế", draft("Quy chế làm việc"), "vanthu", START), 23);

        meeting.removePaper(21);

        assertThat(meeting.getAgenda().get(0).getPapers()).extracting(MeetingPaper::getTitle, MeetingPaper::getSortOrder)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Phụ lục số liệu", 0));
        assertThat(meeting.getPapers()).extracting(MeetingPaper::getId).containsExactly(22L, 23L);
        assertThat(meeting.paper(23).isFile()).isFalse();
        assertThatThrownBy(() -> meeting.paper(21)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.getCode()).isEqualTo(ErrorCode.PAPER_NOT_FOUND));
    }

    @Test
    void aPaperNeedsATitleAndAnItemOfThisMeeting() {
        Meeting meeting = meetingWithAgenda();
        expectRefusal(() -> meeting.addPaper(1, "  ", REPORT, "vanthu", START), ErrorCode.TITLE_REQUIRED);
        assertThatThrownBy(() -> meeting.addPaper(99, "Báo cáo", REPORT, "vanthu", START))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.getCode()).isEqualTo(ErrorCode.ITEM_NOT_FOUND));
    }

    @Test
    void papersCannotChangeOnceTheMinutesAreIssuedNorOnceTheMeetingIsCalledOff() {
        Meeting meeting = meetingWithAgenda();
        TestIds.assign(meeting.addPaper(1, "Báo cáo", REPORT, "vanthu", START), 21);
        Document minutes = new Document(MeetingFixtures.ISSUER, new DocumentType("BB", "Biên bản", "BIÊN BẢN", ""),
                new DraftContent("Giao ban", "<p>x</p>", CHAIR, null, "CHỦ TRÌ", null, Audience.ALL_MEMBERS, Set.of()),
                "vanthu", START);
        meeting.attachMinutes(minutes);
        minutes.submitForReview("vanthu", null, Set.of(), START);
        minutes.approve("hung.tv", null, START);
        minutes.issue(new RegisterNumber(3, "s", "Số 03-BB/BCĐ", LocalDate.of(2019, 3, 19)), "vanthu", START);

        expectRefusal(() -> meeting.addPaper(1, "Phụ lục", REPORT, "vanthu", START), ErrorCode.MEETING_LOCKED);
        expectRefusal(() -> meeting.removePaper(21), ErrorCode.MEETING_LOCKED);

        Meeting cancelled = meetingWithAgenda();
        cancelled.cancel("vanthu", "Trùng lịch", START.minusSeconds(3600));
        expectRefusal(() -> cancelled.addPaper(1, "Báo cáo", REPORT, "vanthu", START), ErrorCode.MEETING_CANCELLED);
    }

    @Test
    void theFileIsOfferedUnderItsNameWithoutPathOrControlCharactersAndWithTheExtensionOfWhatItReallyIs() {
        assertThat(MeetingPaper.fileName("C:\\Users\\vt\\Báo cáo quý I.pdf", "t", PaperFileKind.PDF))
                .isEqualTo("Báo cáo quý I.pdf");
        assertThat(MeetingPaper.fileName("../../etc/bang\u0007-so-lieu.exe", "t", PaperFileKind.XLSX))
                .isEqualTo("bang-so-lieu.xlsx");
        assertThat(MeetingPaper.fileName(null, "Dự thảo quy chế", PaperFileKind.DOCX))
                .isEqualTo("Dự thảo quy chế.docx");
        assertThat(MeetingPaper.fileName("x".repeat(400) + ".pdf", "t", PaperFileKind.PDF)).hasSize(255).endsWith(".pdf");
    }

    @Test
    void theInvitationListsThePapersToReadBeforehandAndTheMinutesCiteThemUnderTheirItem() {
        Meeting meeting = meetingWithAgenda();
        meeting.addPaper(1, "Báo cáo kết quả quý I", REPORT, "vanthu", START);
        meeting.addPaper(2, "Dự thảo Quy chế làm việc", draft("Quy chế làm việc"), "vanthu", START);

        String invitation = InvitationBody.of(meeting, "Ban Chỉ đạo", VIETNAM);
        String minutes = MinutesBody.of(meeting, VIETNAM);

        assertThat(invitation).contains("Tài liệu nghiên cứu trước:</strong> Báo cáo kết quả quý I; "
                + "Dự thảo Quy chế làm việc.");
        assertThat(minutes).contains("<p>1. Nghe báo cáo kết quả quý I.</p><p>Tài liệu: Báo cáo kết quả quý I.</p>",
                "<p>2. Cho ý kiến dự thảo quy chế.</p><p>Tài liệu: Dự thảo Quy chế làm việc.</p>");
    }
}
