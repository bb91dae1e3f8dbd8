package vn.vanban.application;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorTest {

    private final Actor secretariat = new Actor("vanthu", Set.of(Role.SECRETARIAT));
    private final Actor member = new Actor("lan.nt", Set.of(Role.MEMBER));

    @Test
    void theGuardsLetThroughWhoHasTheRoleOrIsStaff() {
        assertThatCode(() -> secretariat.require(Role.SECRETARIAT)).doesNotThrowAnyException();
        assertThatCode(secretariat::requireStaff).doesNotThrowAnyException();
    }

    @Test
    void theGuardsRefuseOthersAsNotAllowed() {
        assertThatThrownBy(() -> member.require(Role.SECRETARIAT)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).getCode()).isEqualTo(ErrorCode.NOT_ALLOWED));
        assertThatThrownBy(member::requireStaff).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).getCode()).isEqualTo(ErrorCode.NOT_ALLOWED));
        assertThatThrownBy(() -> Actor.ANONYMOUS.require(Role.ADMIN)).isInstanceOf(DomainException.class);
    }
}
