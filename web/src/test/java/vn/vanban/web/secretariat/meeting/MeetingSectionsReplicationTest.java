package vn.vanban.web.secretariat.meeting;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.meeting.Attendance;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.organisation.Membership;
import vn.vanban.web.PortalFakes;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.web.PortalFakes.SECRETARIAT;
import static vn.vanban.web.PortalFakes.meeting;
import static vn.vanban.web.PortalFakes.notice;
import static vn.vanban.web.faces.Replication.classesWritten;
import static vn.vanban.web.faces.Replication.inject;
import static vn.vanban.web.faces.Replication.moved;

/** The sections of a meeting's record, half-way through an edit when their instance dies. */
class MeetingSectionsReplicationTest {

    private final PortalFakes.Meetings meetings = new PortalFakes.Meetings(meeting(8));
    private final PortalFakes.Tasks tasks = new PortalFakes.Tasks();

    @Test
    void theRecordMovesWithoutTheMeetingAndReloadsItByItsId() throws Exception {
        MeetingBacking record = record();
        assertThat(record.getDocumentChoices()).hasSize(1);

        MeetingBacking after = moved(record);

        assertThat(after.getMeeting().getId()).isEqualTo(8L);
        assertThat(after.getMembers()).extracting(Membership::getId).containsExactly(81L, 82L);
        assertThat(after.getDocumentChoices()).extracting(Document::getId).containsExactly(12L);
        assertThat(classesWritten(record)).as("entities with lazy collections do not move")
                .doesNotContain(Meeting.class, Committee.class, Document.class);
    }

    @Test
    void eachSectionMovesWithWhatTheSecretaryTyped() throws Exception {
        MeetingBacking record = record();
        MeetingDetailsBacking details = section(new MeetingDetailsBacking(), record);
        details.fill();
        MeetingAttendanceBacking attendance = section(new MeetingAttendanceBacking(), record);
        attendance.fill();
        MeetingOpinionsBacking opinions = section(new MeetingOpinionsBacking(), record);
        opinions.fill();
        MeetingConclusionsBacking conclusions = section(new MeetingConclusionsBacking(), record);
        conclusions.fill();
        ConclusionTaskBacking task = inject(section(new ConclusionTaskBacking(), record), "conclusions", conclusions);
        inject(task, "tasks", tasks);
        details.setTitle("Hội nghị sơ kết quý I và triển khai nhiệm vụ quý II");
        details.setEndsAt(LocalDateTime.of(2026, 3, 19, 12, 0));
        attendance.getAttendance().put(84L, Attendance.ABSENT);
        attendance.getReasons().put(84L, "Đi công tác");
        opinions.getDraft().setSummary("Đề nghị bổ sung chỉ tiêu");
        opinions.getRows().get(85L).setSummary("Cần đẩy nhanh tiến độ hơn nữa.");
        task.prepare(86L);
        task.setResponsible("Văn phòng");

        MeetingDetailsBacking detailsAfter = moved(details);
        MeetingAttendanceBacking attendanceAfter = moved(attendance);
        MeetingOpinionsBacking opinionsAfter = moved(opinions);
        ConclusionTaskBacking taskAfter = moved(task);

        assertThat(detailsAfter.getTitle()).isEqualTo("Hội nghị sơ kết quý I và triển khai nhiệm vụ quý II");
        assertThat(detailsAfter.getEndsAt()).isEqualTo(details.getEndsAt());
        assertThat(detailsAfter.getStartsAt()).isEqualTo(details.getStartsAt());
        assertThat(detailsAfter.getChairId()).isEqualTo(3L);
        assertThat(attendanceAfter.getAttendance()).isEqualTo(attendance.getAttendance())
                .containsEntry(84L, Attendance.ABSENT);
        assertThat(attendanceAfter.getReasons()).containsEntry(84L, "Đi công tác");
        assertThat(opinionsAfter.getDraft().getSummary()).isEqualTo("Đề nghị bổ sung chỉ tiêu");
        assertThat(opinionsAfter.getRows().get(85L).getSummary()).isEqualTo("Cần đẩy nhanh tiến độ hơn nữa.");
        assertThat(taskAfter.getText()).isEqualTo("Thành lập 02 tổ chức đảng trong quý II.");
        assertThat(taskAfter.getResponsible()).isEqualTo("Văn phòng");
        assertThat(taskAfter.getQuarterYear()).isEqualTo(2026);
        for (Object section : new Object[] {details, attendance, opinions, conclusions, task}) {
            assertThat(classesWritten(section)).as("entities with lazy collections do not move")
                    .doesNotContain(Meeting.class, Committee.class, Document.class);
        }
    }

    @Test
    void theTasksSectionReloadsItsTasksAfterTheMove() throws Exception {
        MeetingTasksBacking section = inject(section(new MeetingTasksBacking(), record()), "tasks", tasks);
        section.fill();

        MeetingTasksBacking after = moved(section);

        assertThat(after.getMeetingTasks()).isEmpty();
        assertThat(after.getReviewTasks()).isEmpty();
    }

    @Test
    void aPartMovesOnePlaceAndStaysPutAtEitherEnd() {
        assertThat(MeetingPartSection.moved(List.of(1L, 2L, 3L), 2L, -1)).containsExactly(2L, 1L, 3L);
        assertThat(MeetingPartSection.moved(List.of(1L, 2L, 3L), 2L, 1)).containsExactly(1L, 3L, 2L);
        assertThat(MeetingPartSection.moved(List.of(1L, 2L, 3L), 1L, -1)).containsExactly(1L, 2L, 3L);
        assertThat(MeetingPartSection.moved(List.of(1L, 2L, 3L), 3L, 1)).containsExactly(1L, 2L, 3L);
    }

    private MeetingBacking record() throws Exception {
        MeetingBacking record = new MeetingBacking();
        inject(record, "meetings", meetings);
        inject(record, "documents", new PortalFakes.Documents(notice(12, "Báo cáo quý I")));
        inject(record, "actor", SECRETARIAT);
        record.setId(8L);
        record.load();
        return record;
    }

    private <T> T section(T section, MeetingBacking record) {
        inject(section, "record", record);
        return inject(section, "actor", SECRETARIAT);
    }
}
