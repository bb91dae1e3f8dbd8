package vn.vanban.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
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
        member(committee, user("mai.vt", "Vũ Thị Mai", EnumSet.of(Role.MEMBER, Role.SECRETARIAT)),
                "Chuyên viên Ban Tổ chức Quận ủy, Thư ký Ban chỉ đạo", CommitteeRole.STANDING);
    }

    private UserAccount user(String username, String name, Set<Role> roles) {
        return accounts.create(username, name, username + "@longbien.example.vn", PASSWORD, roles);
    }

    private void member(Committee committee, UserAccount person, String position, CommitteeRole role) {
        organisation.addMember(committee.getId(), person.getId(), position, role);
    }
}
