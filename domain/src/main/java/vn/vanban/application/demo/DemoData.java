package vn.vanban.application.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.account.AccountService;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.document.DraftInput;
import vn.vanban.application.document.IssuedPdfService;
import vn.vanban.application.document.SigningService;
import vn.vanban.application.organisation.OrganisationService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.organisation.CommitteeRole;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.IssuerDetails;
import vn.vanban.domain.model.organisation.NumberingRule;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The demo story: a district steering committee for Party building in private enterprises, its members and the
 * secretariat that serves it. Every person here is invented. All demo users share {@link #PASSWORD}, printed by
 * the run command; the data is only ever loaded when {@code vanban.demo-data=true}.
 */
@Stateless
public class DemoData {

    public static final String PASSWORD = "Demo@2026";

    @Inject
    private AccountService accounts;

    @Inject
    private OrganisationService organisation;

    @Inject
    private DocumentService documents;

    @Inject
    private IssuedPdfService issuedPdfs;

    @Inject
    private SigningService signing;

    @Inject
    private DemoIncoming demoIncoming;

    @Inject
    private DemoMeetings demoMeetings;

    @Inject
    private DemoNews news;

    public void load() {
        Issuer steering = organisation.createIssuer(new IssuerDetails(
                "BAN CHỈ ĐẠO XÂY DỰNG TỔ CHỨC ĐẢNG, ĐOÀN THỂ TRONG DOANH NGHIỆP NGOÀI KHU VỰC NHÀ NƯỚC",
                "QUẬN ỦY LONG BIÊN", "BCĐ", "Long Biên",
                NumberingRule.PARTY_PER_TYPE_PER_TERM, LocalDate.of(2025, 10, 20), "2025 - 2030"));
        organisation.createIssuer(new IssuerDetails(
                "QUẬN ỦY LONG BIÊN", "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "QU", "Long Biên",
                NumberingRule.PARTY_PER_TYPE_PER_TERM, LocalDate.of(2025, 10, 20), "2025 - 2030"));

        user("admin", "Quản trị hệ thống", EnumSet.of(Role.ADMIN));
        user("vanthu", "Ngô Thị Hồng Nhung", EnumSet.of(Role.SECRETARIAT));

        Committee committee = organisation.createCommittee(
                "Ban chỉ đạo xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp ngoài khu vực Nhà nước",
                "Giúp Ban Thường vụ Quận ủy chỉ đạo phát triển tổ chức đảng, đoàn thể nhân dân trong doanh nghiệp "
                        + "ngoài khu vực Nhà nước trên địa bàn quận.",
                steering.getId());
        member(committee, user("hung.tv", "Trần Văn Hưng", EnumSet.of(Role.SIGNER, Role.MEMBER)),
                "Phó Bí thư Thường trực Quận ủy, Trưởng Ban chỉ đạo", CommitteeRole.HEAD);
        member(committee, user("ha.ltt", "Lê Thị Thu Hà", EnumSet.of(Role.SIGNER, Role.MEMBER)),
                "Trưởng Ban Tổ chức Quận ủy, Phó Trưởng Ban Thường trực", CommitteeRole.DEPUTY);
        member(committee, user("duc.pm", "Phạm Minh Đức", EnumSet.of(Role.MEMBER)),
                "Bí thư Đảng ủy Khối doanh nghiệp quận, Phó Trưởng Ban", CommitteeRole.DEPUTY);
        member(committee, user("lan.nt", "Nguyễn Thị Lan", EnumSet.of(Role.MEMBER)),
                "Chủ tịch Liên đoàn Lao động quận, Thành viên", CommitteeRole.MEMBER);
        member(committee, user("viet.hq", "Hoàng Quốc Việt", EnumSet.of(Role.MEMBER)),
                "Phó Chủ tịch Ủy ban nhân dân quận, Thành viên", CommitteeRole.MEMBER);
        member(committee, user("son.bd", "Bùi Đức Sơn", EnumSet.of(Role.MEMBER)),
                "Bí thư Quận đoàn, Thành viên", CommitteeRole.MEMBER);
        member(committee, user("tung.dt", "Đỗ Thanh Tùng", EnumSet.of(Role.MEMBER, Role.SECRETARIAT)),
                "Phó Trưởng Ban Tổ chức Quận ủy, Thành viên, Tổ trưởng Tổ giúp việc", CommitteeRole.STANDING);
        UserAccount lan = accounts.findByUsername("lan.nt").orElseThrow();
        member(committee, user("mai.vt", "Vũ Thị Mai", EnumSet.of(Role.MEMBER, Role.SECRETARIAT)),
                "Chuyên viên Ban Tổ chức Quận ủy, Thư ký Ban chỉ đạo", CommitteeRole.STANDING);
        Document notice = documents(steering, committee, head(committee), lan);
        demoMeetings.load(committee, demoIncoming.load(steering));
        news.load(steering, head(committee), notice);
    }

    private UserAccount head(Committee committee) {
        return organisation.getCommittee(committee.getId()).getMembers().stream()
                .filter(m -> m.getRole() == CommitteeRole.HEAD).findFirst().orElseThrow().getPerson();
    }

    /** Three documents at three stages: an issued and published notice, a report under review, a draft decision. */
    private Document documents(Issuer steering, Committee committee, UserAccount head, UserAccount consulted) {
        Actor secretariat = new Actor("vanthu", EnumSet.of(Role.SECRETARIAT));
        Actor signer = new Actor(head.getUsername(), EnumSet.of(Role.SIGNER, Role.MEMBER));
        String recipients = "- Thường trực Quận ủy (để b/c),\n- Các đồng chí thành viên Ban chỉ đạo,\n- Đảng ủy các phường,\n- Lưu VP.";

        Document notice = documents.createDraft(secretariat, steering.getId(), "TB", new DraftInput(
                "Phân công nhiệm vụ thành viên Ban chỉ đạo",
                "<p>Căn cứ Quyết định kiện toàn Ban chỉ đạo, Ban chỉ đạo phân công nhiệm vụ các đồng chí thành viên như sau:</p>"
                        + "<ol><li>Đồng chí Trưởng ban phụ trách chung, chủ trì các hội nghị giao ban quý.</li>"
                        + "<li>Đồng chí Phó Trưởng ban Thường trực chỉ đạo công tác khảo sát, thành lập tổ chức đảng trong doanh nghiệp.</li>"
                        + "<li>Các đồng chí thành viên theo dõi các phường được phân công, mỗi quý báo cáo kết quả về cơ quan thường trực.</li></ol>"
                        + "<p>Tổ giúp việc tổng hợp tình hình, chuẩn bị nội dung giao ban và đề xuất nhiệm vụ quý tiếp theo.</p>",
                head.getId(), "T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN", recipients, Audience.ALL_MEMBERS, Set.of()));
        documents.submitForReview(secretariat, notice.getId(), "Kính trình đồng chí Trưởng ban", Set.of());
        documents.approve(signer, notice.getId(), "Đồng ý ban hành");
        documents.issue(secretariat, notice.getId(), LocalDate.of(2026, 3, 19));
        issuedPdfs.render(secretariat, notice.getId());
        signing.sign(signer, notice.getId());
        documents.publish(secretariat, notice.getId());

        Document report = documents.createDraft(secretariat, steering.getId(), "BC", new DraftInput(
                "Kết quả thực hiện nhiệm vụ quý I, nhiệm vụ trọng tâm quý II năm 2026",
                "<p><strong>I. KẾT QUẢ THỰC HIỆN</strong></p><p>Trong quý I, Ban chỉ đạo đã khảo sát 42 doanh nghiệp có đảng viên "
                        + "đang làm việc, vận động thành lập 01 chi bộ và 02 công đoàn cơ sở.</p>"
                        + "<p><strong>II. NHIỆM VỤ TRỌNG TÂM QUÝ II</strong></p><p>Phấn đấu thành lập từ 02 đến 03 tổ chức đảng "
                        + "trong doanh nghiệp ngoài khu vực Nhà nước.</p>",
                head.getId(), "T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN", recipients, Audience.COMMITTEES, Set.of(committee.getId())));
        documents.submitForReview(secretariat, report.getId(), "Trình kèm số liệu khảo sát", Set.of(consulted.getId()));

        documents.createDraft(secretariat, steering.getId(), "QĐ", new DraftInput(
                "Kiện toàn Ban chỉ đạo xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp ngoài khu vực Nhà nước",
                null, head.getId(), "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", recipients, Audience.ALL_MEMBERS, Set.of()));
        return notice;
    }

    private UserAccount user(String username, String name, Set<Role> roles) {
        return accounts.create(username, name, username + "@longbien.example.vn", PASSWORD, roles);
    }

    private void member(Committee committee, UserAccount person, String position, CommitteeRole role) {
        organisation.addMember(committee.getId(), person.getId(), position, role);
    }
}
