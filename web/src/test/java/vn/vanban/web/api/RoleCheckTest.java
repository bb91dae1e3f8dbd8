package vn.vanban.web.api;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.Test;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RoleCheckTest {

    @RolesAllowed({"ADMIN", "SECRETARIAT"})
    static class Guarded {
        public void inherited() {
        }

        @RolesAllowed("MEMBER")
        public void narrowed() {
        }

        @PermitAll
        public void open() {
        }

        @DenyAll
        public void closed() {
        }
    }

    static class Unannotated {
        public void anything() {
        }
    }

    @Test
    void aMethodWithoutAnnotationTakesItsClassRoles() throws Exception {
        var requirement = RoleCheck.requirementOf(Guarded.class.getMethod("inherited"), Guarded.class);

        assertThat(requirement.roles()).containsExactly("ADMIN", "SECRETARIAT");
        assertThat(requirement.admitsAnybody()).isFalse();
    }

    @Test
    void theMethodsAnnotationOverridesItsClass() throws Exception {
        assertThat(RoleCheck.requirementOf(Guarded.class.getMethod("narrowed"), Guarded.class).roles())
                .containsExactly("MEMBER");
        assertThat(RoleCheck.requirementOf(Guarded.class.getMethod("open"), Guarded.class).admitsAnybody()).isTrue();
        assertThat(RoleCheck.requirementOf(Guarded.class.getMethod("closed"), Guarded.class).denyAll()).isTrue();
    }

    @Test
    void nothingDeclaredAdmitsAnybody() throws Exception {
        assertThat(RoleCheck.requirementOf(Unannotated.class.getMethod("anything"), Unannotated.class).admitsAnybody())
                .isTrue();
    }

    @Test
    void anAnonymousCallerIsAskedToAuthenticate() {
        var members = new RoleCheck.Requirement(false, List.of("MEMBER"));

        assertThat(members.verdict(null)).isEqualTo(RoleCheck.Verdict.UNAUTHENTICATED);
        assertThat(members.verdict(caller(null))).isEqualTo(RoleCheck.Verdict.UNAUTHENTICATED);
    }

    @Test
    void aCallerWithoutTheRoleIsForbiddenAndOneWithItIsAdmitted() {
        var administrators = new RoleCheck.Requirement(false, List.of("ADMIN"));

        assertThat(administrators.verdict(caller("lan.nt", "MEMBER"))).isEqualTo(RoleCheck.Verdict.FORBIDDEN);
        assertThat(administrators.verdict(caller("admin", "ADMIN"))).isEqualTo(RoleCheck.Verdict.ADMITTED);
    }

    @Test
    void denyAllRefusesEvenAnAdministrator() {
        assertThat(new RoleCheck.Requirement(true, List.of()).verdict(caller("admin", "ADMIN")))
                .isEqualTo(RoleCheck.Verdict.FORBIDDEN);
    }

    private static SecurityContext caller(String name, String... roles) {
        Principal principal = name == null ? null : () -> name;
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return Set.of(roles).contains(role);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }
}
