package vn.vanban.application.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.account.AccountService;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.incoming.Confidentiality;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.Medium;
import vn.vanban.domain.model.incoming.Receipt;
import vn.vanban.domain.model.incoming.Urgency;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.task.Quarter;
import vn.vanban.reports.render.DocumentPage;
import vn.vanban.reports.render.PdfRenderer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

/**
 * The demo's incoming documents: Nghị quyết 09-NQ/TU and 15-NQ/TU of the city committee, which the review meeting
 * discusses and acts on, and an urgent letter whose deadline has passed. Their files are short synthetic texts,
 * rendered by the portal and saying on their face that they are not the real resolutions. Dates follow today's
 * quarter like the meetings', so the story holds whenever the portal is started.
 */
@Stateless
public class DemoIncoming {

    private static final String CITY = "Thành ủy Hà Nội";
    private static final String SYNTHETIC = "<p><em>Văn bản mô phỏng, chỉ dùng làm dữ liệu minh họa của cổng thông tin; "
            + "không phải văn bản thật của Thành ủy Hà Nội.</em></p>";

    /** The two resolutions the review meeting refers to. */
    public record Resolutions(long nq09, long nq15) {
    }

    @Inject
    private IncomingService incoming;

    @Inject
    private AccountService accounts;

    private final PdfRenderer renderer = new PdfRenderer();
    private final Clock clock = Clock.systemUTC();

    public Resolutions load(Issuer receivingBody) {
        Actor secretariat = new Actor("vanthu", EnumSet.of(Role.SECRETARIAT));
        Actor head = new Actor("hung.tv", EnumSet.of(Role.SIGNER, Role.MEMBER));
        LocalDate today = LocalDate.now(clock.withZone(IncomingDocument.VIETNAM));
        Quarter current = Quarter.of(today);
        Quarter previous = Quarter.of(current.firstDay().minusDays(1));
        LocalDate arrival = previous.firstDay().plusDays(9);

        IncomingDocument nq09 = receive(secretariat, receivingBody, "NQ", "09-NQ/TU", arrival.minusDays(4),
                "Về tăng cường lãnh đạo xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp ngoài khu vực Nhà nước",
                Urgency.NORMAL, at(arrival, 8, 30), "NGHỊ QUYẾT",
                "<p>Ban Thường vụ Thành ủy yêu cầu các quận ủy, huyện ủy, thị ủy rà soát doanh nghiệp có đảng viên, "
                        + "phấn đấu mỗi năm thành lập mới tổ chức đảng trong doanh nghiệp ngoài khu vực Nhà nước.</p>");
        incoming.route(head, nq09.getId(), person("ha.ltt"), List.of(person("lan.nt"), person("duc.pm")),
                "Đảng ủy các phường", "Tham mưu kế hoạch thực hiện; báo cáo kết quả tại giao ban quý.",
                current.lastDay());
        incoming.recordProgress(new Actor("ha.ltt", EnumSet.of(Role.SIGNER, Role.MEMBER)), nq09.getId(),
                "Đã xây dựng dự thảo kế hoạch thực hiện, trình Ban chỉ đạo tại giao ban quý.");

        IncomingDocument nq15 = receive(secretariat, receivingBody, "NQ", "15-NQ/TU", arrival.minusDays(1),
                "Về xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh", Urgency.NORMAL, at(arrival.plusDays(2), 9, 0),
                "NGHỊ QUYẾT", "<p>Ban Thường vụ Thành ủy yêu cầu gắn việc thành lập tổ chức đảng mới với nâng cao chất "
                        + "lượng sinh hoạt chi bộ và chất lượng đảng viên.</p>");
        incoming.route(head, nq15.getId(), person("duc.pm"), List.of(person("lan.nt")), null,
                "Lồng ghép với thực hiện Nghị quyết 09-NQ/TU.", current.lastDay());

        LocalDate urgentArrival = today.minusDays(6);
        IncomingDocument urgent = receive(secretariat, receivingBody, "CV", "245-CV/TU", urgentArrival,
                "V/v báo cáo nhanh số tổ chức đảng thành lập mới trong doanh nghiệp", Urgency.FLASH,
                at(urgentArrival, 15, 10), null, "<p>Đề nghị báo cáo nhanh số tổ chức đảng, số đảng viên trong doanh "
                        + "nghiệp ngoài khu vực Nhà nước thành lập mới từ đầu năm.</p>");
        incoming.route(head, urgent.getId(), person("lan.nt"), List.of(), "Văn phòng Quận ủy",
                "Tổng hợp số liệu, báo cáo ngay.", today.minusDays(2));
        return new Resolutions(nq09.getId(), nq15.getId());
    }

    private IncomingDocument receive(Actor secretariat, Issuer body, String typeCode, String number, LocalDate date,
                                     String summary, Urgency urgency, Instant arrivedAt, String title, String text) {
        byte[] file = renderer.render(new DocumentPage(true, "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "THÀNH ỦY HÀ NỘI",
                "Số " + number, "Hà Nội", date, title, summary, SYNTHETIC + text + SYNTHETIC,
                "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Người ký mô phỏng", List.of("- Như trên,", "- Lưu VP."), null));
        return incoming.receive(secretariat, body.getId(), typeCode, new Receipt(CITY, number, date, summary, urgency,
                        Confidentiality.NONE, Medium.ELECTRONIC, arrivedAt, "Văn phòng Ban chỉ đạo", "Dữ liệu minh họa"),
                file, number.replace('/', '-') + ".pdf", true);
    }

    private Long person(String username) {
        return accounts.findByUsername(username).map(UserAccount::getId).orElseThrow();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), IncomingDocument.VIETNAM).toInstant();
    }
}
