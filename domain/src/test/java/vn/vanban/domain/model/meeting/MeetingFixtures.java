package vn.vanban.domain.model.meeting;

import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.organisation.CommitteeRole;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.IssuerDetails;
import vn.vanban.domain.model.organisation.NumberingRule;
import vn.vanban.domain.model.shared.TestIds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

/** A committee like the seed's, and its quarterly review meeting of 19 March 2019 (people invented). */
public final class MeetingFixtures {

    public static final Issuer ISSUER = new Issuer(new IssuerDetails("BAN CHỈ ĐẠO", "QUẬN ỦY LONG BIÊN", "BCĐ",
            "Long Biên", NumberingRule.PARTY_PER_TYPE_PER_TERM, LocalDate.of(2015, 10, 20), null));
    public static final UserAccount CHAIR = person(1, "hung.tv", "Trần Văn Hưng", Role.SIGNER);
    public static final UserAccount SECRETARY = person(2, "mai.vt", "Vũ Thị Mai", Role.SECRETARIAT);
    public static final UserAccount MEMBER = person(3, "lan.nt", "Nguyễn Thị Lan", Role.MEMBER);
    public static final UserAccount OTHER_MEMBER = person(4, "duc.pm", "Phạm Minh Đức", Role.MEMBER);
    public static final Instant START = Instant.parse("2019-03-19T07:00:00Z");

    private MeetingFixtures() {
    }

    static UserAccount person(long id, String username, String name, Role role) {
        return TestIds.assign(new UserAccount(username, name, null, "hash", EnumSet.of(role, Role.MEMBER)), id);
    }

    public static Committee committee(long id) {
        Committee committee = TestIds.assign(new Committee("Ban chỉ đạo 09", "", ISSUER), id);
        committee.addMember(CHAIR, "Phó Bí thư Thường trực Quận ủy, Trưởng Ban chỉ đạo", CommitteeRole.HEAD);
        committee.addMember(MEMBER, "Thành viên", CommitteeRole.MEMBER);
        return committee;
    }

    public static MeetingDetails details(Instant start) {
        return new MeetingDetails(MeetingKind.QUARTERLY_REVIEW, "Hội nghị giao ban quý I năm 2019", start,
                start.plusSeconds(3 * 3600), "Hội trường Quận ủy", CHAIR, "Trưởng Ban chỉ đạo", SECRETARY,
                "Chuyên viên Ban Tổ chức");
    }

    public static Meeting meeting(long id, Committee committee, Instant start) {
        return TestIds.assign(new Meeting(committee, details(start), "vanthu"), id);
    }

    /** Adds a conclusion and gives it the id the database would. */
    public static Conclusion conclude(Meeting meeting, String text, long id) {
        return TestIds.assign(meeting.addConclusion(text), id);
    }
}
