package vn.vanban.it.security;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.PortalClient;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who the portal takes a caller for, end to end on the real EAR: the API's HTTP Basic with its codes and challenge,
 * the caller's roles, lock-out after the fifth wrong password until an administrator resets it, and the screens'
 * form login (back to the requested page, a home page by role), its messages and logout. Every test makes its own
 * users, so the order does not matter.
 */
class AuthenticationIT extends DeployedPortal {

    @Test
    void meGivesTheRolesOfTheBasicAuthenticatedCaller() {
        var reply = administrator().get("api/me");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject me = reply.json();
        assertThat(me.getString("username")).isEqualTo("admin");
        assertThat(me.getJsonArray("roles").getValuesAs(JsonString::getString)).containsExactly("ADMIN");
    }

    @Test
    void apiWithoutCredentialsAnswers401WithACodeAndABasicChallenge() {
        var reply = PortalClient.anonymous(base()).get("api/me");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void wrongPasswordAnswers401InvalidCredentials() {
        var reply = PortalClient.as(base(), "admin", "not-the-password").get("api/me");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(reply.json().getString("message")).contains("mật khẩu");
    }

    @Test
    void memberCallingAnAdministrationResourceGets403() {
        var reply = PortalClient.as(base(), "lan.nt", DEMO_PASSWORD).get("api/admin/users");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void userWithSeveralRolesHasAllOfThem() {
        var reply = PortalClient.as(base(), "hung.tv", DEMO_PASSWORD).get("api/me");

        assertThat(reply.json().getJsonArray("roles").getValuesAs(JsonString::getString))
                .containsExactly("MEMBER", "SIGNER");
    }

    @Test
    void fifthWrongPasswordLocksTheAccountUntilAnAdministratorResetsIt() {
        String username = uniqueUsername("khoa.");
        String id = createUser(username, "Dung-mat-khau-1", "MEMBER");
        var wrong = PortalClient.as(base(), username, "sai-mat-khau");

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(wrong.get("api/me").code()).as("attempt %d", attempt).isEqualTo("INVALID_CREDENTIALS");
        }
        assertThat(wrong.get("api/me").code()).isEqualTo("ACCOUNT_LOCKED");

        var right = PortalClient.as(base(), username, "Dung-mat-khau-1").get("api/me");
        assertThat(right.status()).isEqualTo(401);
        assertThat(right.code()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(right.json().getString("message")).contains("15 phút");

        var reset = administrator().post("api/admin/users/" + id + "/password", "{\"password\":\"Mat-khau-moi-2\"}");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().getBoolean("locked")).isFalse();
        assertThat(PortalClient.as(base(), username, "Mat-khau-moi-2").get("api/me").status()).isEqualTo(200);
    }

    @Test
    void loginPageSaysInVietnameseThatTheAccountIsLocked() {
        String username = uniqueUsername("khoaform.");
        createUser(username, "Dung-mat-khau-1", "MEMBER");
        var browser = PortalClient.anonymous(base());

        PortalClient.Reply last = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            last = browser.formLogin(username, "sai-mat-khau", null);
        }

        assertThat(last.status()).isEqualTo(200);
        assertThat(last.body()).contains("Tài khoản tạm bị khóa").contains("15 phút");
        assertThat(browser.formLogin(username, "Dung-mat-khau-1", null).body()).contains("Tài khoản tạm bị khóa");
    }

    @Test
    void protectedPageSendsAnAnonymousVisitorToTheLoginPage() {
        var reply = PortalClient.anonymous(base()).get("home.xhtml");

        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.header("Location")).contains("/login.xhtml?continue=%2Fhome.xhtml");
    }

    @Test
    void formLoginReturnsToTheRequestedPageAndTheHomePageDependsOnTheRole() {
        var member = PortalClient.anonymous(base());
        var login = member.formLogin("lan.nt", DEMO_PASSWORD, "/home.xhtml");
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).endsWith("/home.xhtml");

        var memberHome = member.get("home.xhtml");
        assertThat(memberHome.status()).isEqualTo(200);
        assertThat(memberHome.body()).contains("Nguyễn Thị Lan").contains("Chủ tịch Liên đoàn Lao động quận")
                .doesNotContain("adminPanel");

        var administrator = PortalClient.anonymous(base());
        administrator.formLogin("admin", DEMO_PASSWORD, null);
        assertThat(administrator.get("home.xhtml").body()).contains("adminPanel").contains("Quản trị hệ thống");
    }

    @Test
    void wrongPasswordOnTheLoginPageShowsAMessageAndNoSession() {
        var browser = PortalClient.anonymous(base());
        var reply = browser.formLogin("lan.nt", "sai-mat-khau", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(browser.get("home.xhtml").status()).isEqualTo(302);
    }

    @Test
    void logoutEndsTheSession() {
        var member = PortalClient.anonymous(base());
        member.formLogin("lan.nt", DEMO_PASSWORD, null);
        var home = member.get("home.xhtml");
        assertThat(home.status()).isEqualTo(200);

        assertThat(home.body()).contains("<form id=\"logoutForm\" method=\"post\" action=\"/logout\">")
                .contains("form=\"logoutForm\"");

        var logout = member.exchange("POST", "logout", null, null, "Origin", "http://" + base().getAuthority());

        assertThat(logout.status()).isEqualTo(303);
        assertThat(logout.header("Location")).isEqualTo("/login.xhtml?loggedOut=true");
        assertThat(member.get("home.xhtml").status()).isEqualTo(302);
        assertThat(member.get("api/me").status()).isEqualTo(401);
    }

    @Test
    void aMemberLogsOutFromAPageThatIsNotThere() {
        var member = PortalClient.anonymous(base());
        member.formLogin("lan.nt", DEMO_PASSWORD, null);
        var missing = member.get("member/khong-co-trang-nay.xhtml");
        assertThat(missing.status()).isEqualTo(404);
        Matcher form = Pattern.compile("<form id=\"logoutForm\" method=\"post\" action=\"([^\"]+)\"").matcher(missing.body());
        assertThat(form.find()).as("the not-found page offers the logout form").isTrue();
        assertThat(missing.body()).contains("form=\"logoutForm\"");

        var logout = member.exchange("POST", form.group(1).substring(1), null, null,
                "Referer", "http://" + base().getAuthority() + "/member/khong-co-trang-nay.xhtml");

        assertThat(logout.status()).isEqualTo(303);
        assertThat(logout.header("Location")).isEqualTo("/login.xhtml?loggedOut=true");
        assertThat(member.get("home.xhtml").status()).isEqualTo(302);
    }
}
