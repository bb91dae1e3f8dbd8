package vn.vanban.it.portal;

import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.PortalClient;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the portal's pages answer a visitor on the real EAR: the 403, 404 and view-expiry pages instead of a stack
 * trace, the interface in Vietnamese or English (and a language switch that never leads away), public pages that
 * give an anonymous reader no session, and a script nonce of its own for every page served.
 */
class PagesIT extends DeployedPortal {

    @Test
    void memberOpeningAnAdministrationPageGetsThe403PageNotAStackTrace() {
        var member = PortalClient.anonymous(base());
        member.formLogin("lan.nt", DEMO_PASSWORD, null);

        var reply = member.get("admin/users.xhtml");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("Không có quyền truy cập").doesNotContain("Caused by").doesNotContain("at vn.vanban");
    }

    @Test
    void unknownPageGetsThe404Page() {
        var reply = PortalClient.anonymous(base()).get("khong-co-trang-nay.xhtml");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).contains("Không tìm thấy trang");
    }

    @Test
    void aFormPostedAfterItsViewExpiredGetsTheExpiryPage() {
        var browser = PortalClient.anonymous(base());
        browser.get("login.xhtml");

        var reply = browser.postForm("login.xhtml", "loginForm", "loginForm:submit", "-123:456");

        assertThat(reply.body()).contains("Phiên làm việc đã hết hạn").doesNotContain("at vn.vanban");
    }

    @Test
    void visitorSwitchesTheInterfaceToEnglishAndBack() {
        var browser = PortalClient.anonymous(base());
        var login = browser.get("login.xhtml");
        assertThat(login.body()).contains("Đăng nhập").contains("lang=\"vi\"")
                .contains("/language?to=en&amp;back=%2Flogin.xhtml");

        var toEnglish = browser.get("language?to=en&back=%2Flogin.xhtml");
        assertThat(toEnglish.status()).isEqualTo(303);
        assertThat(toEnglish.header("Location")).isEqualTo("/login.xhtml");
        assertThat(toEnglish.header("Set-Cookie")).contains("vanban-lang=en").contains("HttpOnly");
        var english = browser.get("login.xhtml");
        assertThat(english.body()).contains("Log in").contains("Password").contains("lang=\"en\"");

        browser.get("language?to=vi&back=%2Flogin.xhtml");
        assertThat(browser.get("login.xhtml").body()).contains("Mật khẩu");
    }

    @Test
    void theLanguageSwitchNeverLeadsAwayFromThePortal() {
        var browser = PortalClient.anonymous(base());

        assertThat(browser.get("language?to=en&back=https%3A%2F%2Fevil.example%2F").header("Location")).isEqualTo("/");
        assertThat(browser.get("language?to=en&back=%2F%2Fevil.example%2F").header("Location")).isEqualTo("/");
        assertThat(browser.get("language?to=xx").header("Set-Cookie")).contains("vanban-lang=vi");
    }

    @Test
    void thePublicPagesGiveAnAnonymousReaderNoSession() {
        var visitor = PortalClient.anonymous(base());

        for (String page : List.of("", "index.xhtml?page=1", "search.xhtml?q=ban+ch%E1%BB%89+%C4%91%E1%BA%A1o")) {
            var reply = visitor.get(page);
            assertThat(reply.status()).as(page).isEqualTo(200);
            assertThat(reply.raw().headers().allValues("Set-Cookie")).as(page)
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
            // The pages have no form of the portal's (the search box is a plain GET form): any view state would be
            // "stateless".
            assertThat(reply.body()).as(page).doesNotContainPattern("jakarta\\.faces\\.ViewState\"[^>]*value=\"(?!stateless\")");
        }
    }

    @Test
    void theNewsPageServedAgainCarriesAScriptNonceOfItsOwnEachTime() {
        var visitor = PortalClient.anonymous(base());

        var first = visitor.get("");
        var second = visitor.get("");

        String firstNonce = nonceOf(first);
        String secondNonce = nonceOf(second);
        assertThat(firstNonce).isNotEqualTo(secondNonce);
        assertThat(first.body()).contains("nonce=\"" + firstNonce + "\"").doesNotContain(secondNonce);
        assertThat(second.body()).contains("nonce=\"" + secondNonce + "\"").doesNotContain(firstNonce);
        assertThat(second.body().replace(secondNonce, "N")).isEqualTo(first.body().replace(firstNonce, "N"));
        assertThat(second.header("X-Frame-Options")).isEqualTo("DENY");
    }

    private static String nonceOf(PortalClient.Reply page) {
        var nonce = java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(page.header("Content-Security-Policy"));
        assertThat(nonce.find()).as(page.header("Content-Security-Policy")).isTrue();
        return nonce.group(1);
    }
}
