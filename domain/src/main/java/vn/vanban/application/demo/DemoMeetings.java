package vn.vanban.application.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.account.AccountService;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.document.IssuedPdfService;
import vn.vanban.application.document.SigningService;
import vn.vanban.application.meeting.MeetingInput;
import vn.vanban.application.meeting.MeetingService;
import vn.vanban.application.meeting.MinutesService;
import vn.vanban.application.task.TaskInput;
import vn.vanban.application.task.TaskService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.meeting.Attendance;
import vn.vanban.domain.model.meeting.Attendee;
import vn.vanban.domain.model.meeting.Conclusion;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingKind;
import vn.vanban.domain.model.meeting.MeetingRepository;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.task.Quarter;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The demo's meetings, like the seed's: this quarter's review meeting with six opinions and four conclusions (its
 * report on Nghị quyết 09-NQ/TU and the conclusions acting on 09-NQ/TU and 15-NQ/TU point at the received ones), its
 * minutes signed by the chair and the secretary and published, the tasks it set (one with the target "2 to 3 Party
 * organisations"), some progress, and the next review meeting, still to come. Dates follow today's quarter, so the
 * portal looks alive whenever it is started.
 */
@Stateless
public class DemoMeetings {

    private static final String PLACE = "Hội trường tầng 3, trụ sở Quận ủy Long Biên";

    @Inject
    private MeetingService meetings;

    @Inject
    private MinutesService minutes;

    @Inject
    private TaskService tasks;

    @Inject
    private DocumentService documents;

    @Inject
    private IssuedPdfService issuedPdfs;

    @Inject
    private SigningService signing;

    @Inject
    private AccountService accounts;

    @Inject
    private MeetingRepository meetingRecords;

    private final Clock clock = Clock.systemUTC();

    public void load(Committee committee, DemoIncoming.Resolutions resolutions) {
        Actor secretariat = new Actor("vanthu", EnumSet.of(Role.SECRETARIAT));
        LocalDate today = LocalDate.now(clock.withZone(DocumentService.VIETNAM));
        Quarter current = Quarter.of(today);
        Quarter previous = Quarter.of(current.firstDay().minusDays(1));
        LocalDate held = current.firstDay().plusDays(18);
        if (held.isAfter(today)) {
            held = today.minusDays(1);
        }
        UserAccount chair = person("hung.tv");
        UserAccount secretary = person("mai.vt");

        Meeting review = meetings.schedule(secretariat, new MeetingInput(committee.getId(), MeetingKind.QUARTERLY_REVIEW,
                "Hội nghị giao ban đánh giá kết quả " + previous.vietnamese() + ", triển khai nhiệm vụ " + current.vietnamese(),
                at(held, 14, 0), at(held, 16, 45), PLACE, chair.getId(),
                "Phó Bí thư Thường trực Quận ủy, Trưởng Ban chỉ đạo", secretary.getId(), "Thư ký Ban chỉ đạo"));
        long id = review.getId();
        for (Attendee attendee : review.getAttendees()) {
            if (attendee.getName().equals("Bùi Đức Sơn")) {
                meetings.recordAttendance(secretariat, id, attendee.getId(), Attendance.ABSENT, "dự lớp bồi dưỡng tại Thành đoàn");
            } else if (attendee.getName().equals("Hoàng Quốc Việt")) {
                meetings.recordAttendance(secretariat, id, attendee.getId(), Attendance.LATE, "họp Ủy ban nhân dân quận");
            }
        }
        meetings.inviteGuest(secretariat, id, "Đinh Văn Khải", "Bí thư Đảng ủy phường Ngọc Thụy");
        meetings.addAgendaItem(secretariat, id, "Nghe dự thảo quyết định kiện toàn Ban chỉ đạo", null, false);
        meetings.addAgendaItem(secretariat, id, "Nghe dự thảo thông báo phân công nhiệm vụ thành viên Ban chỉ đạo", null, false);
        meetings.addAgendaItem(secretariat, id, "Báo cáo kết quả thực hiện Nghị quyết 09-NQ/TU " + previous.vietnamese()
                + ", nhiệm vụ trọng tâm " + current.vietnamese(), null, resolutions.nq09(), true);
        List<String[]> opinions = List.of(
                new String[]{"Lê Thị Thu Hà", "Phó Trưởng Ban Thường trực", "Thống nhất với dự thảo phân công; đề nghị mỗi thành viên phụ trách không quá ba phường."},
                new String[]{"Phạm Minh Đức", "Phó Trưởng Ban", "Số doanh nghiệp có từ 1 đến 3 đảng viên còn lớn; cần rà soát lại danh sách trước khi giao chỉ tiêu."},
                new String[]{"Nguyễn Thị Lan", "Thành viên", "Đề nghị phối hợp thành lập công đoàn cơ sở trước để tạo nguồn phát triển đảng viên."},
                new String[]{"Đỗ Thanh Tùng", "Tổ trưởng Tổ giúp việc", "Tổ giúp việc sẽ tổng hợp số liệu hằng tháng, báo cáo tại giao ban quý."},
                new String[]{"Hoàng Quốc Việt", "Thành viên", "Ủy ban nhân dân quận sẽ cung cấp danh sách doanh nghiệp mới đăng ký trên địa bàn."},
                new String[]{"Đinh Văn Khải", "Bí thư Đảng ủy phường Ngọc Thụy", "Phường đã gặp gỡ hai doanh nghiệp, đề nghị Ban chỉ đạo hỗ trợ thủ tục thành lập chi bộ."});
        for (String[] o : opinions) {
            meetings.addOpinion(secretariat, id, o[0], o[1], o[2]);
        }
        Conclusion survey = meetings.addConclusion(secretariat, id, "Khảo sát, đánh giá tình hình hoạt động và cơ cấu tổ chức "
                + "của một số chi bộ cơ sở trực thuộc Quận ủy, báo cáo Ban Thường vụ Quận ủy xem xét chuyển giao về Đảng bộ "
                + "Khối doanh nghiệp quận cho phù hợp với mô hình tổ chức.");
        Conclusion found = meetings.addConclusion(secretariat, id, "Thành viên Ban chỉ đạo căn cứ thông báo phân công, chủ động "
                + "phối hợp Đảng ủy các phường tuyên truyền, rà soát, vận động thành lập tổ chức đảng trong doanh nghiệp ngoài "
                + "khu vực Nhà nước có đảng viên; phấn đấu " + current.vietnamese().replace(" năm", "") + " thành lập từ 02-03 tổ chức đảng.",
                resolutions.nq09());
        Conclusion quality = meetings.addConclusion(secretariat, id, "Tiếp tục hướng dẫn tổ chức đảng trong doanh nghiệp thực hiện "
                + "các giải pháp nâng cao chất lượng sinh hoạt chi bộ và chất lượng công tác phát triển đảng viên mới.");
        Conclusion link = meetings.addConclusion(secretariat, id, "Thực hiện Nghị quyết 09-NQ/TU gắn với Nghị quyết 15-NQ/TU "
                + "của Ban Thường vụ Thành ủy về xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh.", resolutions.nq15());
        // One transaction loads the whole demo: the new conclusions get their ids when it is flushed.
        meetingRecords.flush();

        tasks.create(secretariat, id, survey.getId(), new TaskInput("Khảo sát chi bộ cơ sở trực thuộc Quận ủy, báo cáo Ban Thường vụ",
                "Ban Tổ chức Quận ủy", Set.of(person("ha.ltt").getId()), null, current.year(), current.number(), null, null, null));
        long target = tasks.create(secretariat, id, found.getId(), new TaskInput("Vận động thành lập tổ chức đảng trong doanh nghiệp",
                "Thành viên Ban chỉ đạo, Đảng ủy các phường", Set.of(person("lan.nt").getId(), person("duc.pm").getId()),
                null, current.year(), current.number(), new BigDecimal("2"), new BigDecimal("3"), "tổ chức đảng")).getId();
        tasks.create(secretariat, id, quality.getId(), new TaskInput("Hướng dẫn nâng cao chất lượng sinh hoạt chi bộ",
                "Đảng ủy Khối doanh nghiệp quận", Set.of(person("duc.pm").getId()), null, current.year(), current.number(),
                null, null, null));
        tasks.create(secretariat, id, link.getId(), new TaskInput("Gắn thực hiện Nghị quyết 09-NQ/TU với Nghị quyết 15-NQ/TU",
                "Các thành viên Ban chỉ đạo", Set.of(), null, current.year(), current.number(), null, null, null));
        tasks.reportProgress(new Actor("lan.nt", EnumSet.of(Role.MEMBER)), target, BigDecimal.ONE,
                "Đã thành lập chi bộ Công ty cổ phần Sông Hồng (phường Ngọc Thụy).", false);

        Document minutesDocument = minutes.draftMinutes(secretariat, id);
        Actor chairActor = new Actor(chair.getUsername(), EnumSet.of(Role.SIGNER, Role.MEMBER));
        documents.submitForReview(secretariat, minutesDocument.getId(), "Kính trình đồng chí chủ trì", Set.of());
        documents.approve(chairActor, minutesDocument.getId(), "Nhất trí");
        documents.issue(secretariat, minutesDocument.getId(), held);
        issuedPdfs.render(secretariat, minutesDocument.getId());
        signing.sign(chairActor, minutesDocument.getId());
        signing.sign(new Actor(secretary.getUsername(), EnumSet.of(Role.MEMBER, Role.SECRETARIAT)), minutesDocument.getId());
        documents.publish(secretariat, minutesDocument.getId());

        Quarter next = Quarter.of(current.lastDay().plusDays(1));
        LocalDate nextHeld = next.firstDay().plusDays(18);
        long upcoming = meetings.schedule(secretariat, new MeetingInput(committee.getId(), MeetingKind.QUARTERLY_REVIEW,
                "Hội nghị giao ban đánh giá kết quả " + current.vietnamese() + ", triển khai nhiệm vụ " + next.vietnamese(),
                at(nextHeld, 14, 0), null, PLACE, chair.getId(), "Phó Bí thư Thường trực Quận ủy, Trưởng Ban chỉ đạo",
                secretary.getId(), "Thư ký Ban chỉ đạo")).getId();
        meetings.addAgendaItem(secretariat, upcoming, "Kiểm điểm việc thực hiện các kết luận giao ban " + current.vietnamese(), null, true);
    }

    private UserAccount person(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), DocumentService.VIETNAM).toInstant();
    }
}
