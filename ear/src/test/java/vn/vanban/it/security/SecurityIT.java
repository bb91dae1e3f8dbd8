package vn.vanban.it.security;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.PortalClient;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser-facing protections on the real EAR: security headers and a Content-Security-Policy PrimeFaces works
 * with, the session cookie's attributes and its renewal at login, cross-site request forgery on the API and the
 * screens, and the rate limits of login and verification (each test from an X-Forwarded-For address of its own,
 * which the test server believes from localhost, so that the limits of one test never touch another's).
 */
class SecurityIT extends DeployedPortal {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    /** A client address from TEST-NET-3 (RFC 5737), different for every call. */
    private static String address() {
        return "203.0.113." + ADDRESSES.getAndIncrement();
    }

    private PortalClient admin() {
        return PortalClient.as(base(), "admin", DEMO_PASSWORD);
    }

    private String createUser(String password) {
        return createMember(password).username();
    }

    private record Created(String username, int id) {
    }

    private Created createMember(String password) {
        String username = "an." + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var created = admin().post("api/admin/users", """
                {"username":"%s","displayName":"Người thử","password":"%s","roles":["MEMBER"]}""".formatted(username, password));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Created(username, created.json().getInt("id"));
    }

    private PortalClient loggedIn(String username, String password) {
        var browser = PortalClient.anonymous(base());
        assertThat(browser.formLogin(username, password, "/home.xhtml").status()).isEqualTo(302);
        assertThat(browser.get("home.xhtml").status()).isEqualTo(200);
        return browser;
    }

    // --- headers ---

    @Test
    void pagesCarryOnePolicyWhoseNonceEveryScriptOfThePageHas() {
        for (String page : List.of("login.xhtml", "index.xhtml", "verify.xhtml")) {
            var reply = PortalClient.anonymous(base()).get(page);

            assertThat(reply.raw().headers().allValues("Content-Security-Policy")).as(page).hasSize(1);
            String policy = reply.header("Content-Security-Policy");
            assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
                    "base-uri 'self'", "form-action 'self'").doesNotContain("unsafe-eval");
            Matcher nonce = NONCE.matcher(policy);
            assertThat(nonce.find()).as(policy).isTrue();
            assertThat(policy.substring(policy.indexOf("script-src"))).doesNotContain("unsafe-inline");
            List<String> scripts = SCRIPT_TAG.matcher(reply.body()).results().map(m -> m.group()).toList();
            assertThat(scripts).as(page).isNotEmpty()
                    .allSatisfy(tag -> assertThat(tag.contains(" src=") || tag.contains("nonce=\"" + nonce.group(1) + "\""))
                            .as(tag).isTrue());
            assertThat(reply.body()).as(page).doesNotContainPattern("\\son(click|change|load|submit|keydown|mouseover)=\"");
            assertCommonHeaders(reply.raw().headers());
        }
    }

    @Test
    void theEditorAndTheWorkbenchRenderUnderThePolicy() {
        var secretariat = PortalClient.anonymous(base());
        secretariat.formLogin("vanthu", DEMO_PASSWORD, null);
        long issuerId;
        try (var reader = Json.createReader(new StringReader(admin().get("api/admin/issuers").body()))) {
            issuerId = reader.readArray().getJsonObject(0).getInt("id");
        }
        var draft = PortalClient.as(base(), "vanthu", DEMO_PASSWORD).post("api/documents",
                "{\"issuerId\":%d,\"typeCode\":\"TB\",\"summary\":\"Thông báo thử chính sách bảo mật\"}".formatted(issuerId));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);

        var workbench = secretariat.get("secretariat/document.xhtml?id=" + draft.json().getInt("id"));

        assertThat(workbench.status()).isEqualTo(200);
        String nonce = NONCE.matcher(workbench.header("Content-Security-Policy")).results().findFirst().orElseThrow().group(1);
        assertThat(workbench.body()).contains("ql-bold").contains("nonce=\"" + nonce + "\"")
                .doesNotContainPattern("\\sonclick=\"");
    }

    @Test
    void apiAnswersAndErrorPagesCarryTheHeadersAndAPolicyWithoutScripts() {
        var visitor = PortalClient.anonymous(base());
        for (var reply : List.of(visitor.get("api/me"), visitor.get("khong-co-trang-nay.xhtml"), visitor.get("health"),
                visitor.get("api/documents/published"))) {
            assertCommonHeaders(reply.raw().headers());
            assertThat(reply.raw().headers().allValues("Content-Security-Policy")).hasSize(1);
            assertThat(reply.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        }
    }

    @Test
    void plainHttpGetsNoHstsAndTheSessionCookieIsHttpOnlyAndSameSiteButNotSecure() {
        var reply = PortalClient.anonymous(base()).get("login.xhtml");

        assertThat(reply.header("Strict-Transport-Security")).isNull();
        String cookie = sessionCookie(reply.raw().headers());
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure;").doesNotEndWithIgnoringCase("Secure");
    }

    @Test
    void overHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        URI http = base();
        URI https = new URI("https", null, http.getHost(), http.getPort() + 1, "/login.xhtml", null, null);
        HttpsURLConnection connection = (HttpsURLConnection) https.toURL().openConnection();
        connection.setSSLSocketFactory(trustingAnyCertificate().getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(60_000);
        try {
            assertThat(connection.getResponseCode()).isEqualTo(200);
            assertThat(connection.getHeaderField("Strict-Transport-Security")).startsWith("max-age=").contains("includeSubDomains");
            String cookie = connection.getHeaderFields().entrySet().stream()
                    .filter(e -> "Set-Cookie".equalsIgnoreCase(e.getKey())).flatMap(e -> e.getValue().stream())
                    .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
            assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        } finally {
            connection.disconnect();
        }
    }

    // --- session ---

    @Test
    void loggingInGivesANewSessionIdAndTheOldOneOpensNothing() {
        var browser = PortalClient.anonymous(base());
        String before = sessionId(browser.get("login.xhtml").raw().headers());

        var login = browser.formLogin("lan.nt", DEMO_PASSWORD, "/home.xhtml");

        assertThat(login.status()).isEqualTo(302);
        String after = sessionId(login.raw().headers());
        assertThat(after).isNotBlank().isNotEqualTo(before);
        assertThat(browser.get("home.xhtml").status()).isEqualTo(200);
        var fixated = PortalClient.anonymous(base()).exchange("GET", "home.xhtml", null, null, "Cookie", "JSESSIONID=" + before);
        assertThat(fixated.status()).isEqualTo(302);
        assertThat(fixated.header("Location")).contains("login.xhtml");
    }

    @Test
    void anOpenSessionEndsWhenItsAccountIsDisabledOrItsPasswordReset() {
        Created disabled = createMember("Mat-khau-123");
        Created reset = createMember("Mat-khau-123");
        var first = loggedIn(disabled.username(), "Mat-khau-123");
        var second = loggedIn(reset.username(), "Mat-khau-123");

        assertThat(admin().post("api/admin/users/" + disabled.id() + "/disable", "").status()).isEqualTo(200);
        assertThat(admin().post("api/admin/users/" + reset.id() + "/password", """
                {"password":"Mat-khau-moi-456"}""").status()).isEqualTo(200);

        for (PortalClient ended : List.of(first, second)) {
            var page = ended.get("home.xhtml");
            assertThat(page.status()).isEqualTo(302);
            assertThat(page.header("Location")).contains("login.xhtml");
        }
        assertThat(loggedIn(reset.username(), "Mat-khau-moi-456").get("home.xhtml").status()).isEqualTo(200);
    }

    @Test
    void rolesGrantedOrWithdrawnApplyToAnOpenSessionAtItsNextRequest() {
        Created member = createMember("Mat-khau-123");
        var browser = loggedIn(member.username(), "Mat-khau-123");
        assertThat(browser.get("secretariat/documents.xhtml").status()).isEqualTo(403);

        assertThat(admin().put("api/admin/users/" + member.id(), """
                {"displayName":"Người thử","roles":["MEMBER","SECRETARIAT"]}""").status()).isEqualTo(200);
        assertThat(browser.get("secretariat/documents.xhtml").status()).isEqualTo(200);

        assertThat(admin().put("api/admin/users/" + member.id(), """
                {"displayName":"Người thử","roles":["MEMBER"]}""").status()).isEqualTo(200);
        assertThat(browser.get("secretariat/documents.xhtml").status()).isEqualTo(403);
    }

    // --- cross-site request forgery ---

    @Test
    void aSessionAuthenticatedApiChangeNeedsTheSameOriginOrXRequestedWith() {
        var browser = PortalClient.anonymous(base());
        browser.formLogin("admin", DEMO_PASSWORD, null);
        String committee = "{\"name\":\"Tổ thử CSRF\",\"description\":\"\"}";
        String origin = "http://" + base().getAuthority();

        var forged = browser.exchange("POST", "api/admin/committees", "application/json", committee);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.code()).isEqualTo("CSRF_REJECTED");
        assertThat(forged.json().getString("message")).contains("Yêu cầu thay đổi dữ liệu");
        var english = browser.exchange("POST", "api/admin/committees", "application/json", committee, "Accept-Language", "en");
        assertThat(english.json().getString("message")).contains("did not come from the portal");
        var otherSite = browser.exchange("DELETE", "api/admin/committees/1/members/1", null, null,
                "Origin", "https://evil.example");
        assertThat(otherSite.status()).isEqualTo(403);
        assertThat(otherSite.code()).isEqualTo("CSRF_REJECTED");
        var otherReferer = browser.exchange("PUT", "api/admin/committees/1", "application/json", committee,
                "Referer", "https://evil.example/" + base().getAuthority() + "/");
        assertThat(otherReferer.code()).isEqualTo("CSRF_REJECTED");

        assertThat(browser.exchange("POST", "api/admin/committees", "application/json", committee, "Origin", origin)
                .status()).isEqualTo(201);
        assertThat(browser.exchange("POST", "api/admin/committees", "application/json", committee,
                "Referer", origin + "/admin/committees.xhtml").status()).isEqualTo(201);
        assertThat(browser.exchange("POST", "api/admin/committees", "application/json", committee,
                "X-Requested-With", "XMLHttpRequest").status()).isEqualTo(201);
        assertThat(browser.get("api/me").status()).isEqualTo(200);
        assertThat(admin().post("api/admin/committees", committee).status()).isEqualTo(201);
    }

    @Test
    void aFormPostedWithoutThePagesViewStateOrScriptNonceChangesNothing() {
        var member = PortalClient.anonymous(base());
        member.formLogin("lan.nt", DEMO_PASSWORD, null);
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("loginForm", "loginForm");
        forged.put("loginForm:username", "vanthu");
        forged.put("loginForm:password", DEMO_PASSWORD);
        forged.put("loginForm:continue", "");
        forged.put("loginForm:submit", "");

        var reply = member.postFields("login.xhtml", forged);

        assertThat(reply.status()).isIn(200, 302);
        assertThat(member.get("api/me").body()).contains("\"username\":\"lan.nt\"");
        var login = member.get("login.xhtml");

        forged.put("jakarta.faces.ViewState", PortalClient.viewState(login.body()));
        var withoutNonce = member.postFields("login.xhtml", forged);
        assertThat(withoutNonce.status()).isEqualTo(403);
        assertThat(withoutNonce.body()).contains("tải lại trang");
        assertThat(member.get("api/me").body()).contains("\"username\":\"lan.nt\"");

        String otherPagesNonce = Base64.getEncoder()
                .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        Map<String, String> emptyLogin = new LinkedHashMap<>();
        emptyLogin.put("loginForm", "loginForm");
        emptyLogin.put("loginForm:username", "");
        emptyLogin.put("loginForm:password", "");
        emptyLogin.put("loginForm:submit", "");
        for (String wrongNonce : List.of(otherPagesNonce, "khong-phai-nonce")) {
            emptyLogin.put("jakarta.faces.ViewState", PortalClient.viewState(member.get("login.xhtml").body()));
            emptyLogin.put("primefaces.nonce", wrongNonce);
            var withAnotherNonce = member.postFields("login.xhtml", emptyLogin);
            assertThat(withAnotherNonce.status()).as(wrongNonce).isEqualTo(403);
            assertThat(withAnotherNonce.body()).as(wrongNonce).contains("tải lại trang");
            emptyLogin.put("jakarta.faces.partial.ajax", "true");
            emptyLogin.put("jakarta.faces.source", "loginForm:submit");
            var ajaxWithAnotherNonce = member.postFields("login.xhtml", emptyLogin);
            emptyLogin.remove("jakarta.faces.partial.ajax");
            emptyLogin.remove("jakarta.faces.source");
            assertThat(ajaxWithAnotherNonce.status()).as("Ajax, " + wrongNonce).isEqualTo(403);
        }
        assertThat(member.get("api/me").body()).contains("\"username\":\"lan.nt\"");
    }

    @Test
    void onlyThePortalsOwnPagesLogAUserOut() {
        var member = PortalClient.anonymous(base());
        member.formLogin("lan.nt", DEMO_PASSWORD, null);

        assertThat(member.exchange("POST", "logout", null, null, "Origin", "https://evil.example").status()).isEqualTo(403);
        assertThat(member.exchange("POST", "logout", null, null, "Referer", "https://evil.example/page").status())
                .isEqualTo(403);
        assertThat(member.exchange("POST", "logout", null, null).status()).isEqualTo(403);
        var get = member.get("logout");
        assertThat(get.status()).isEqualTo(303);
        assertThat(get.header("Location")).isEqualTo("/");

        assertThat(member.get("home.xhtml").status()).isEqualTo(200);
        assertThat(member.get("api/me").body()).contains("\"username\":\"lan.nt\"");
    }

    // --- rate limits ---

    @Test
    void elevenFailedLoginsOfOneUserGet429AfterTheLockOutHasAlreadyStarted() {
        String username = createUser("Dung-mat-khau-1");
        var browser = PortalClient.anonymous(base()).withHeader("X-Forwarded-For", address());

        for (int attempt = 1; attempt <= 10; attempt++) {
            var reply = browser.formLogin(username, "sai-mat-khau", null);
            assertThat(reply.status()).as("attempt %d", attempt).isEqualTo(200);
            if (attempt >= 5) {
                assertThat(reply.body()).as("attempt %d", attempt).contains("Tài khoản tạm bị khóa");
            }
        }
        var limited = browser.formLogin(username, "Dung-mat-khau-1", null);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        assertThat(limited.body()).contains("Đăng nhập sai quá nhiều lần").contains("giây");
        var elsewhere = PortalClient.as(base(), username, "sai-mat-khau").withHeader("X-Forwarded-For", address()).get("api/me");
        assertThat(elsewhere.status()).isEqualTo(429);
        assertThat(elsewhere.code()).isEqualTo("RATE_LIMITED");
    }

    @Test
    void thirtyFailedLoginsFromOneAddressGet429ForAnyUserThere() {
        String address = address();

        var limited = untilLimited(30, attempt -> PortalClient.as(base(), "khong-ai-" + attempt, "sai")
                .withHeader("X-Forwarded-For", address).get("api/me"), "INVALID_CREDENTIALS");

        assertThat(limited.code()).isEqualTo("RATE_LIMITED");
        assertThat(limited.json().getString("message")).contains("Quá nhiều yêu cầu");
        int retryAfter = Integer.parseInt(limited.header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 60);
        var rightPassword = PortalClient.as(base(), "lan.nt", DEMO_PASSWORD).withHeader("X-Forwarded-For", address).get("api/me");
        if (rightPassword.status() != 429) {
            assertThat(retryAfter).as("only a token refilled since the 429 lets the right password in").isEqualTo(1);
        }
        assertThat(PortalClient.as(base(), "lan.nt", DEMO_PASSWORD).withHeader("X-Forwarded-For", address())
                .get("api/me").status()).isEqualTo(200);
    }

    @Test
    void aSuccessfulLoginCostsNothing() {
        String address = address();
        for (int attempt = 1; attempt <= 40; attempt++) {
            assertThat(PortalClient.as(base(), "lan.nt", DEMO_PASSWORD).withHeader("X-Forwarded-For", address)
                    .get("api/me").status()).as("attempt %d", attempt).isEqualTo(200);
        }
    }

    @Test
    void thirtyVerificationsAMinuteFromOneAddressThenRateLimited() {
        var visitor = PortalClient.anonymous(base()).withHeader("X-Forwarded-For", address());

        var limited = untilLimited(30, attempt -> visitor.postBytes("api/verify", "application/pdf", new byte[]{'x'}), "NOT_A_PDF");

        assertThat(limited.code()).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        assertThat(PortalClient.anonymous(base()).withHeader("X-Forwarded-For", address())
                .postBytes("api/verify", "application/pdf", new byte[]{'x'}).code()).isEqualTo("NOT_A_PDF");
    }

    /**
     * Sends attempts until the first 429 and returns it. A bucket of {@code perMinute} lets exactly that many through
     * at once, plus the tokens that came back while they were sent (one every 60/perMinute seconds): on a loaded
     * machine thirty requests take longer than two seconds.
     */
    private static PortalClient.Reply untilLimited(int perMinute, IntFunction<PortalClient.Reply> attempt, String codeBefore) {
        long started = System.nanoTime();
        for (int n = 1; n <= perMinute * 3; n++) {
            var reply = attempt.apply(n);
            if (reply.status() == 429) {
                double refilled = (System.nanoTime() - started) / 60e9 * perMinute;
                assertThat(n - 1).as("let through before the first 429").isBetween(perMinute, perMinute + (int) Math.ceil(refilled));
                return reply;
            }
            assertThat(reply.code()).as("attempt %d", n).isEqualTo(codeBefore);
        }
        throw new AssertionError("no 429 after " + perMinute * 3 + " attempts");
    }

    private static void assertCommonHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Content-Security-Policy")).isPresent();
    }

    private static String sessionCookie(HttpHeaders headers) {
        return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("No session cookie in " + headers.map()));
    }

    private static String sessionId(HttpHeaders headers) {
        String cookie = sessionCookie(headers);
        return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
    }

    private static SSLContext trustingAnyCertificate() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[]{trustAll}, null);
        return context;
    }
}
