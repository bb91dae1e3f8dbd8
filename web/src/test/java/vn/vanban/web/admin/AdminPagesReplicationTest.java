package vn.vanban.web.admin;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.organisation.CommitteeRole;
import vn.vanban.domain.model.organisation.NumberingRule;
import vn.vanban.web.PortalFakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.web.PortalFakes.ISSUER;
import static vn.vanban.web.PortalFakes.MEMBER;
import static vn.vanban.web.faces.Replication.classesWritten;
import static vn.vanban.web.faces.Replication.inject;
import static vn.vanban.web.faces.Replication.moved;

/** The administration pages, half-way through a change when their instance dies. */
class AdminPagesReplicationTest {

    @Test
    void theCommitteesPageMovesWithTheOpenCommitteeAndTheMemberBeingAdded() {
        CommitteesBacking page = new CommitteesBacking();
        inject(page, "organisation", new PortalFakes.Organisation());
        inject(page, "accounts", new PortalFakes.Accounts());
        page.load();
        page.startAddMember();
        page.setPerson(MEMBER);
        page.setPositionTitle("PHÓ TRƯỞNG BAN");
        page.setRole(CommitteeRole.DEPUTY);

        CommitteesBacking after = moved(page);

        assertThat(after.getSelected().getId()).isEqualTo(5L);
        assertThat(after.getCommittees()).extracting(Committee::getId).containsExactly(5L);
        assertThat(after.getIssuers()).isEqualTo(page.getIssuers());
        assertThat(after.isAddingMember()).isTrue();
        assertThat(after.getPerson()).isEqualTo(MEMBER);
        assertThat(after.getPositionTitle()).isEqualTo("PHÓ TRƯỞNG BAN");
        assertThat(after.getRole()).isEqualTo(CommitteeRole.DEPUTY);
        assertThat(classesWritten(page)).doesNotContain(Committee.class);
    }

    @Test
    void theUsersPageMovesWithTheAccountBeingCreatedAndPagesOn() {
        UsersBacking page = new UsersBacking();
        inject(page, "accounts", new PortalFakes.Accounts());
        page.init();
        page.getUsers().setRowCount(page.getUsers().count(Map.of()));
        page.getUsers().setWrappedData(page.getUsers().load(0, 20, Map.of(), Map.of()));
        page.startCreate();
        page.setUsername("tuan.nv");
        page.setDisplayName("Nguyễn Văn Tuấn");
        page.setEmail("tuan.nv@example.vn");
        page.setRoles(new ArrayList<>(List.of(Role.MEMBER, Role.SECRETARIAT)));

        UsersBacking after = moved(page);

        assertThat(after.isCreating()).isTrue();
        assertThat(after.getUsername()).isEqualTo("tuan.nv");
        assertThat(after.getDisplayName()).isEqualTo("Nguyễn Văn Tuấn");
        assertThat(after.getEmail()).isEqualTo("tuan.nv@example.vn");
        assertThat(after.getRoles()).containsExactly(Role.MEMBER, Role.SECRETARIAT);
        assertThat(after.getUsers().getRowCount()).isEqualTo(2);
        assertThat(after.getUsers().getWrappedData()).as("the table loads its page again").isNull();
        assertThat(after.getUsers().load(0, 20, Map.of(), Map.of())).extracting(UserAccount::getUsername)
                .containsExactly("hung.tv", "lan.nt");
    }

    @Test
    void theIssuersPageMovesWithTheIssuerBeingEdited() {
        IssuersBacking page = new IssuersBacking();
        inject(page, "organisation", new PortalFakes.Organisation());
        inject(page, "documents", new PortalFakes.Documents());
        page.load();
        page.startTypes(ISSUER);
        page.startEdit(ISSUER);
        page.setPlaceName("Gia Lâm");

        IssuersBacking after = moved(page);

        assertThat(after.isCreating()).isFalse();
        assertThat(after.getName()).isEqualTo(ISSUER.getName());
        assertThat(after.getSymbol()).isEqualTo("BCĐ");
        assertThat(after.getPlaceName()).isEqualTo("Gia Lâm");
        assertThat(after.getNumberingRule()).isEqualTo(NumberingRule.PARTY_PER_TYPE_PER_TERM);
        assertThat(after.getTermStart()).isEqualTo(ISSUER.getTermStart());
        assertThat(after.getIssuers()).isEqualTo(page.getIssuers());
        assertThat(after.getTypesIssuerSymbol()).isEqualTo("BCĐ");
        assertThat(after.getUsedTypes()).containsExactly("TB");
        assertThat(after.usedTypeCount(ISSUER)).isEqualTo(1);
    }
}
