package vn.vanban.application.meeting;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingFixtures;
import vn.vanban.domain.model.meeting.PaperFileKind;
import vn.vanban.domain.model.meeting.PaperUpload;
import vn.vanban.domain.model.shared.TestIds;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationMailDetailsTest {

    @Test
    void theMailNamesThePapersOfEachAgendaItemUnderIt() {
        Meeting meeting = MeetingFixtures.meeting(10, MeetingFixtures.committee(1), MeetingFixtures.START);
        TestIds.assign(meeting.addAgendaItem("Nghe báo cáo quý I", null, false), 1);
        TestIds.assign(meeting.addAgendaItem("Thảo luận", null, false), 2);
        PaperUpload file = new PaperUpload("b".repeat(64), PaperFileKind.DOCX, 10, "bao-cao.docx");
        meeting.addPaper(1, "Báo cáo quý I", file, "vanthu", MeetingFixtures.START);
        meeting.addPaper(1, "Phụ lục số liệu", file, "vanthu", MeetingFixtures.START);

        assertThat(InvitationMails.details(meeting)).contains(
                "Nội dung:\n1. Nghe báo cáo quý I\n   Tài liệu: Báo cáo quý I; Phụ lục số liệu\n2. Thảo luận\n");
    }
}
