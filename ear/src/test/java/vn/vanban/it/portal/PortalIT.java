package vn.vanban.it.portal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.PortalClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation, end to end on the real EAR deployed once to a managed Payara: form login and the API's HTTP
 * Basic, role checks, lock-out, the administration resources, health and OpenAPI, and the bytes on the wire (text
 * compressed, styles and scripts at versioned addresses cached for a year). Runs on H2 by default and on
 * PostgreSQL with {@code -Ppostgresql}. Every test makes its own users and issuers, so the order does not matter.
 */
class PortalIT extends DeployedPortal {

    private static final Pattern LINKED_RESOURCE = Pattern.compile("(?:src|href)=\"(/jakarta\\.faces\\.resource/[^\"]+)\"");

    private PortalClient admin() {
        return PortalClient.as(base(), "admin", DEMO_PASSWORD);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private String createUser(String username, String password, String... roles) {
        String roleList = String.join("\",\"", roles);
        var reply = admin().post("api/admin/users", """
                {"username":"%s","displayName":"Người thử %s","email":"%s@example.vn","password":"%s","roles":["%s"]}
                """.formatted(username, username, username, password, roleList));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return String.valueOf(reply.json().getInt("id"));
    }

    // --- API authentication and roles ---

    @Test
    void meGivesTheRolesOfTheBasicAuthenticatedCaller() {
        var reply = admin().get("api/me");

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

    // --- lock-out ---

    @Test
    void fifthWrongPasswordLocksTheAccountUntilAnAdministratorResetsIt() {
        String username = unique("khoa.");
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

        var reset = admin().post("api/admin/users/" + id + "/password", "{\"password\":\"Mat-khau-moi-2\"}");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().getBoolean("locked")).isFalse();
        assertThat(PortalClient.as(base(), username, "Mat-khau-moi-2").get("api/me").status()).isEqualTo(200);
    }

    @Test
    void loginPageSaysInVietnameseThatTheAccountIsLocked() {
        String username = unique("khoaform.");
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

    // --- screens ---

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

    @Test
    void aFormPostedAfterItsViewExpiredGetsTheExpiryPage() {
        var browser = PortalClient.anonymous(base());
        browser.get("login.xhtml");

        var reply = browser.postForm("login.xhtml", "loginForm", "loginForm:submit", "-123:456");

        assertThat(reply.body()).contains("Phiên làm việc đã hết hạn").doesNotContain("at vn.vanban");
    }

    @Test
    void administratorSeesTheAdministrationScreens() {
        var administrator = PortalClient.anonymous(base());
        administrator.formLogin("admin", DEMO_PASSWORD, null);

        assertThat(administrator.get("admin/users.xhtml").body()).contains("hung.tv").contains("Trần Văn Hưng");
        assertThat(administrator.get("admin/issuers.xhtml").body()).contains("Số 09-TB/BCĐ");
        long demoCommittee = Json.createReader(new StringReader(admin().get("api/admin/committees").body())).readArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").startsWith("Ban chỉ đạo xây dựng"))
                .mapToLong(c -> c.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        // Other suites add committees that may come first in the list: open the demo committee by its address.
        assertThat(administrator.get("admin/committees.xhtml?id=" + demoCommittee).body()).contains("Vũ Thị Mai")
                .contains("Thư ký Ban chỉ đạo");
    }

    // --- administration resources ---

    @Test
    void administratorCreatesAUserAndADuplicateUsernameIsRefused() {
        String username = unique("moi.");
        var created = admin().post("api/admin/users", """
                {"username":"%s","displayName":"Phạm Thị Hoa","password":"Mat-khau-123","roles":["MEMBER","SECRETARIAT"]}
                """.formatted(username.toUpperCase(Locale.ROOT)));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/admin/users/");
        assertThat(created.json().getString("username")).isEqualTo(username);
        assertThat(PortalClient.as(base(), username, "Mat-khau-123").get("api/me").status()).isEqualTo(200);

        var duplicate = admin().post("api/admin/users", """
                {"username":"%s","displayName":"Người khác","password":"Mat-khau-123","roles":["MEMBER"]}
                """.formatted(username));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("USERNAME_TAKEN");
        assertThat(duplicate.json().getString("field")).isEqualTo("username");
    }

    @Test
    void badUserInputGetsA400WithTheFieldAndAMessageInTheClientsLanguage() {
        String body = "{\"username\":\"co dau cach\",\"displayName\":\"A\",\"password\":\"Mat-khau-123\",\"roles\":[\"MEMBER\"]}";
        var vietnamese = admin().post("api/admin/users", body);
        assertThat(vietnamese.status()).isEqualTo(400);
        assertThat(vietnamese.code()).isEqualTo("USERNAME_INVALID");
        assertThat(vietnamese.json().getString("field")).isEqualTo("username");
        assertThat(vietnamese.json().getString("message")).startsWith("Tên đăng nhập");

        var shortPassword = admin().post("api/admin/users",
                "{\"username\":\"" + unique("ngan.") + "\",\"displayName\":\"A\",\"password\":\"123\",\"roles\":[\"MEMBER\"]}");
        assertThat(shortPassword.code()).isEqualTo("PASSWORD_TOO_SHORT");

        var noRoles = admin().post("api/admin/users",
                "{\"username\":\"" + unique("norole.") + "\",\"displayName\":\"A\",\"password\":\"Mat-khau-123\",\"roles\":[]}");
        assertThat(noRoles.code()).isEqualTo("ROLES_EMPTY");
    }

    @Test
    void malformedJsonAndUnknownIdsGetClearErrors() {
        var malformed = admin().post("api/admin/users", "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("MALFORMED_REQUEST");

        var unknown = admin().get("api/admin/users/987654321");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("USER_NOT_FOUND");

        var notANumber = admin().get("api/admin/users/abc");
        assertThat(notANumber.status()).isEqualTo(404);
        assertThat(notANumber.json().getString("code")).isNotBlank();
    }

    @Test
    void disabledUserCannotLogInUntilEnabledAgain() {
        String username = unique("tat.");
        String id = createUser(username, "Mat-khau-123", "MEMBER");

        var disabled = admin().post("api/admin/users/" + id + "/disable", "");
        assertThat(disabled.json().getBoolean("enabled")).isFalse();
        assertThat(PortalClient.as(base(), username, "Mat-khau-123").get("api/me").status()).isEqualTo(401);

        admin().post("api/admin/users/" + id + "/enable", "");
        assertThat(PortalClient.as(base(), username, "Mat-khau-123").get("api/me").status()).isEqualTo(200);
    }

    @Test
    void administratorCannotDisableTheirOwnAccount() {
        String adminId = String.valueOf(admin().get("api/admin/users?first=0&max=200").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals("admin")).findFirst().orElseThrow().getInt("id"));

        var reply = admin().post("api/admin/users/" + adminId + "/disable", "");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("CANNOT_DISABLE_YOURSELF");
    }

    @Test
    void issuersAreValidatedAndTheirSymbolIsUnique() {
        String symbol = "T" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT).substring(0, 10);
        String template = """
                {"name":"%s","parentBody":"QUẬN ỦY LONG BIÊN","symbol":"%s","placeName":"Long Biên",
                 "numberingRule":"%s","termStart":"2025-10-20","termLabel":"2025 - 2030"}
                """;

        var spaced = admin().post("api/admin/issuers", template.formatted("BAN THỬ", "B CĐ", "PARTY_PER_TYPE_PER_TERM"));
        assertThat(spaced.status()).isEqualTo(400);
        assertThat(spaced.code()).isEqualTo("SYMBOL_INVALID");
        assertThat(spaced.json().getString("field")).isEqualTo("symbol");

        var nameless = admin().post("api/admin/issuers", template.formatted(" ", symbol, "PARTY_PER_TYPE_PER_TERM"));
        assertThat(nameless.code()).isEqualTo("NAME_REQUIRED");

        var badDate = admin().post("api/admin/issuers", template.formatted("BAN THỬ", symbol, "PARTY_PER_TYPE_PER_TERM")
                .replace("2025-10-20", "20/10/2025"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().getString("field")).isEqualTo("termStart");

        var created = admin().post("api/admin/issuers", template.formatted("BAN THỬ", symbol, "PARTY_PER_TYPE_PER_TERM"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().getString("numberExample")).isEqualTo("Số 01-TB/" + symbol);

        var duplicate = admin().post("api/admin/issuers", template.formatted("BAN KHÁC", symbol, "PARTY_PER_TYPE_PER_TERM"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("SYMBOL_TAKEN");

        int id = created.json().getInt("id");
        var toStateRule = admin().put("api/admin/issuers/" + id, template.formatted("ỦY BAN THỬ", symbol, "STATE_PER_CALENDAR_YEAR"));
        assertThat(toStateRule.status()).isEqualTo(200);
        assertThat(toStateRule.json().getString("numberExample")).isEqualTo("Số: 01/TB-" + symbol);
    }

    @Test
    void committeesKeepTheirMembersOnceEach() {
        String username = unique("tv.");
        String userId = createUser(username, "Mat-khau-123", "MEMBER");
        var committee = admin().post("api/admin/committees", "{\"name\":\"Tổ công tác thử\",\"description\":\"Thử\"}");
        assertThat(committee.status()).isEqualTo(201);
        int id = committee.json().getInt("id");

        String member = "{\"userId\":" + userId + ",\"positionTitle\":\"Chuyên viên, Thành viên\",\"role\":\"MEMBER\"}";
        var added = admin().post("api/admin/committees/" + id + "/members", member);
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().getJsonArray("members")).hasSize(1);

        var again = admin().post("api/admin/committees/" + id + "/members", member);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ALREADY_A_MEMBER");

        var noPosition = admin().post("api/admin/committees/" + id + "/members",
                "{\"userId\":" + createUser(unique("tv."), "Mat-khau-123", "MEMBER") + ",\"positionTitle\":\"\"}");
        assertThat(noPosition.code()).isEqualTo("POSITION_REQUIRED");

        int membershipId = added.json().getJsonArray("members").getJsonObject(0).getInt("id");
        var removed = admin().delete("api/admin/committees/" + id + "/members/" + membershipId);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().getJsonArray("members")).isEmpty();

        var nameless = admin().post("api/admin/committees", "{\"name\":\"\"}");
        assertThat(nameless.code()).isEqualTo("NAME_REQUIRED");
    }

    // --- operations ---

    @Test
    void healthIsUpAndChecksTheDatabase() {
        var reply = PortalClient.anonymous(base()).get("health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("\"database\"").contains("UP");
    }

    @Test
    void everyAnswerNamesTheInstanceThatGaveIt() {
        var visitor = PortalClient.anonymous(base());
        // A lone domain's instance is "server"; behind nginx the instances of the deployment group name themselves.
        for (var reply : List.of(visitor.get("health"), visitor.get("api/me"), visitor.get("khong-co-trang-nay.xhtml"))) {
            assertThat(reply.header("X-Vanban-Instance")).isEqualTo("server");
        }
    }

    @Test
    void openApiDescribesTheApiResources() {
        var reply = PortalClient.anonymous(base()).get("openapi");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("/api/me").contains("/api/admin/users").contains("/api/admin/issuers")
                .contains("/api/admin/committees");
    }

    // --- bytes on the wire ---

    /** The style sheets and scripts the news page links, as the page writes them (with {@code &amp;}). */
    private static List<String> linkedResources(String page) {
        Matcher links = LINKED_RESOURCE.matcher(page);
        List<String> found = new ArrayList<>();
        while (links.find()) {
            found.add(links.group(1).replace("&amp;", "&").substring(1));
        }
        return found;
    }

    private static String gunzip(byte[] bytes) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void pagesScriptsStylesJsonAndFeedsAreGzippedForAClientThatAcceptsIt() {
        var visitor = PortalClient.anonymous(base());
        String page = visitor.get("index.xhtml").body();
        List<String> resources = linkedResources(page);
        String script = resources.stream().filter(r -> r.contains(".js")).findFirst().orElseThrow();
        String style = resources.stream().filter(r -> r.contains("portal.css")).findFirst().orElseThrow();
        Map<String, PortalClient> answers = new LinkedHashMap<>();
        answers.put("index.xhtml", visitor);
        answers.put(script, visitor);
        answers.put(style, visitor);
        answers.put("feed/news.atom", visitor);
        answers.put("api/admin/audit", admin());

        for (var answer : answers.entrySet()) {
            var zipped = answer.getValue().getBytes(answer.getKey(), "Accept-Encoding", "gzip");
            assertThat(zipped.status()).as(answer.getKey()).isEqualTo(200);
            assertThat(zipped.header("Content-Encoding")).as(answer.getKey()).isEqualTo("gzip");
            assertThat(zipped.header("Vary")).as(answer.getKey()).containsIgnoringCase("Accept-Encoding");
            var plain = answer.getValue().getBytes(answer.getKey());
            assertThat(plain.header("Content-Encoding")).as(answer.getKey()).isNull();
            String unzipped = gunzip(zipped.bytes());
            assertThat(zipped.bytes().length).as(answer.getKey()).isLessThan(unzipped.getBytes(StandardCharsets.UTF_8).length / 2);
        }
        assertThat(gunzip(visitor.getBytes("feed/news.atom", "Accept-Encoding", "gzip").bytes())).contains("<feed");
        assertThat(gunzip(admin().getBytes("api/admin/audit", "Accept-Encoding", "gzip").bytes())).startsWith("[{");
    }

    @Test
    void stylesAndScriptsHaveVersionedAddressesCachedForAYear() {
        String page = PortalClient.anonymous(base()).get("index.xhtml").body();
        List<String> resources = linkedResources(page);

        assertThat(resources).anyMatch(r -> r.contains("portal.css")).anyMatch(r -> r.contains(".js"));
        for (String resource : resources) {
            assertThat(resource).as("a new version is a new address").containsPattern("[?&]v=[0-9A-Za-z._-]+");
            var reply = PortalClient.anonymous(base()).get(resource);
            assertThat(reply.status()).as(resource).isEqualTo(200);
            Matcher maxAge = Pattern.compile("max-age=(\\d+)").matcher(String.valueOf(reply.header("Cache-Control")));
            assertThat(maxAge.find()).as(resource + ": " + reply.header("Cache-Control")).isTrue();
            assertThat(Long.parseLong(maxAge.group(1))).as(resource).isGreaterThanOrEqualTo(365L * 24 * 3600);
        }
    }
}
