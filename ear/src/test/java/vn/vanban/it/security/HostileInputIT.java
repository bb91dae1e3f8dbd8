package vn.vanban.it.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.HostilePdfs;
import vn.vanban.it.PortalClient;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input over the API and the forms of the real EAR: script and event-handler XSS in every text field (then
 * looked for in every page that shows it), SQL and JPQL injection in filters and search, path traversal, oversized
 * and wrongly typed or encoded bodies, NFD, zero-width and right-to-left-override text, and PDFs built to hurt the
 * verifier. Every answer must be below 500, every API refusal must carry a code, no stored text may come back as
 * markup, and every request is timed (printed, not asserted: a hang fails through the client's timeout).
 */
class HostileInputIT extends DeployedPortal {

    /** XSS payloads carry "xss-" so that a page showing one as markup is found without confusing it with the portal's own. */
    private static final List<String> PAYLOADS = List.of(
            "<script>alert('xss-1')</script>",
            "<img src=x onerror=alert('xss-2')>",
            "\"><svg onload=alert('xss-3')>",
            "javascript:alert('xss-4')",
            "<a href=\"javascript:alert('xss-5')\">bấm</a>",
            "</textarea></title><script>alert('xss-6')</script>",
            "'-alert('xss-7')-'",
            "<body onload=alert('xss-8')>",
            "<iframe src=\"//evil.example/xss-9\"></iframe>",
            "<div style=\"background:url(javascript:alert('xss-10'))\">x</div>",
            "#{facesContext.externalContext.sessionMap} ${7*7} {{7*7}}",
            "' OR '1'='1",
            "'; DROP TABLE document; --",
            "%' OR 1=1 --",
            "1 UNION SELECT username, password_hash FROM user_account --",
            "x' OR d.id > 0 OR 'a'='a",
            "%_%\\",
            "../../../../etc/passwd",
            "..\\..\\..\\windows\\win.ini",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "/etc/passwd\u0000.pdf",
            Normalizer.normalize("Thông báo kết luận của Ban chỉ đạo", Normalizer.Form.NFD),
            "Thông\u200B báo\u200C\u200D\uFEFF",
            "\u202Efdp.exe Thông báo",
            "a" + "\u0301".repeat(300),
            "Thông báo 🇻🇳 𝐓𝐡𝐨̂𝐧𝐠",
            "dòng một\r\nX-Injected: 1\r\n\r\nthân",
            "%s%s%n%x {0}{1} \\u0000",
            "\u0007\u001b[31mđỏ",
            "x".repeat(5_000),
            "Nội dung ".repeat(20_000));

    private static final Pattern STORED_SCRIPT = Pattern.compile("<script[^>]*>\\s*alert\\('xss-");
    private static final Pattern STORED_HANDLER = Pattern.compile("<[a-zA-Z]+\\b[^<>]*\\son[a-z]+\\s*=[^<>]*xss-");
    /** Double-quoted attribute values other than event handlers: text there is inert, however it reads. */
    private static final Pattern INERT_ATTRIBUTE_VALUE = Pattern.compile("(?<!\\son[a-z]{1,20})=\"[^\"]*\"");
    private static final Pattern STORED_URL = Pattern.compile("(?i)<[a-z]+\\b[^<>]*\\s(href|src|action|formaction)\\s*=\\s*[\"']?\\s*javascript:");
    private static final Pattern STORED_FRAME = Pattern.compile("<iframe[^>]*xss-");
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final String BOUNDARY = "----vanban-test-boundary";
    /** {@code VerificationService.MAX_BYTES}: the largest PDF the verification checks, on the page and the API. */
    private static final int VERIFICATION_LIMIT = 20 * 1024 * 1024;

    private final List<Long> timings = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int inputs;

    private PortalClient as(String username) {
        return PortalClient.as(base(), username, DEMO_PASSWORD);
    }

    private static String json(String text) {
        StringBuilder escaped = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append("\\u%04x".formatted((int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.append('"').toString();
    }

    /** At most 1000 characters of it: a longer address is refused by the HTTP listener before the portal sees it. */
    private static String query(String text) {
        return URLEncoder.encode(text.length() > 1000 ? text.substring(0, 1000) : text, StandardCharsets.UTF_8);
    }

    /** Sends one hostile input, times it, and checks: below 500, and an API refusal carries a code. */
    private PortalClient.Reply probe(String what, Supplier<PortalClient.Reply> request) {
        long start = System.nanoTime();
        PortalClient.Reply reply = request.get();
        timings.add((System.nanoTime() - start) / 1_000_000);
        inputs++;
        if (reply.status() >= 500) {
            failures.add(what + ": " + reply.status() + " " + abbreviate(reply.body()));
        } else if (reply.status() >= 400 && reply.raw().request().uri().getPath().startsWith("/api/")) {
            try {
                String code = reply.code();
                if (code == null || code.isBlank()) {
                    failures.add(what + ": no code in " + abbreviate(reply.body()));
                }
            } catch (RuntimeException notJson) {
                failures.add(what + ": refusal without a JSON code: " + reply.status() + " " + abbreviate(reply.body()));
            }
        }
        return reply;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    @Test
    void aPageAskedForSomethingThatIsNoIdAnswersNotFound() {
        var visitor = browserFrom("203.0.113.");
        var member = browserFrom("203.0.113.");
        member.formLogin("lan.nt", DEMO_PASSWORD, null);
        var secretariat = browserFrom("203.0.113.");
        secretariat.formLogin("vanthu", DEMO_PASSWORD, null);
        Map<String, PortalClient> pages = new LinkedHashMap<>();
        pages.put("article.xhtml?id=", visitor);
        pages.put("member/document.xhtml?id=", member);
        pages.put("secretariat/document.xhtml?id=", secretariat);
        pages.put("secretariat/meeting.xhtml?id=", secretariat);
        pages.put("secretariat/article.xhtml?id=", secretariat);
        List<String> noIds = List.of("x", "1e3", "12abc", "9".repeat(40), "%00", "-", "1.5",
                URLEncoder.encode("1<script>alert(1)</script>", StandardCharsets.UTF_8));

        for (var page : pages.entrySet()) {
            for (String noId : noIds) {
                var reply = page.getValue().get(page.getKey() + noId);
                assertThat(reply.status()).as("%s%s: %s", page.getKey(), noId, abbreviate(reply.body())).isEqualTo(404);
                assertThat(reply.body()).as(page.getKey() + noId).contains("Không tìm thấy trang")
                        .doesNotContain("NullPointerException").doesNotContain("at org.")
                        .doesNotContain("<script>alert")
                        .as("the language links come back to the page asked for")
                        .contains("back=" + URLEncoder.encode("/" + page.getKey() + noId, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void theVerificationAndCommitteePagesTreatSomethingThatIsNoIdAsAnUnknownOne() {
        var visitor = browserFrom("203.0.113.");
        var admin = browserFrom("203.0.113.");
        admin.formLogin("admin", DEMO_PASSWORD, null);
        List<String> noIds = List.of("x", "1e3", "12abc", "9".repeat(40), "%00", "-", "1.5", "987654321",
                URLEncoder.encode("1<script>alert(1)</script>", StandardCharsets.UTF_8));

        for (String noId : noIds) {
            var verify = visitor.get("verify.xhtml?document=" + noId);
            assertThat(verify.status()).as("verify " + noId).isEqualTo(200);
            assertThat(verify.body()).as("verify " + noId)
                    .contains("Không có văn bản đã ban hành nào ứng với mã này.")
                    .doesNotContain("j_idt1:").doesNotContain("must be a number").doesNotContain("phải là một số")
                    .doesNotContain("<script>alert");
            var committees = admin.get("admin/committees.xhtml?id=" + noId);
            assertThat(committees.status()).as("committees " + noId).isEqualTo(200);
            assertThat(committees.body()).as("committees " + noId).contains("Các Ban chỉ đạo")
                    .doesNotContain("j_idt1:").doesNotContain("must be a number").doesNotContain("phải là một số")
                    .doesNotContain("<script>alert");
        }
    }

    @Test
    void aFileLargerThanTheVerificationPageTakesComesBackAsAMessageNotAServerError() {
        var visitor = browserFrom("198.51.100.");
        var page = visitor.get("verify.xhtml");
        String viewState = PortalClient.viewState(page.body());
        byte[] tooLarge = new byte[VERIFICATION_LIMIT + 512 * 1024];
        byte[] withinLimit = new byte[64 * 1024];
        Arrays.fill(tooLarge, (byte) 'x');
        Arrays.fill(withinLimit, (byte) 'x');

        var ajax = visitor.postBytes("verify.xhtml", "multipart/form-data; boundary=" + BOUNDARY,
                verificationUpload(viewState, visitor.nonce(), tooLarge), "Faces-Request", "partial/ajax");
        assertThat(ajax.status()).isEqualTo(200);
        assertThat(ajax.body()).contains("<redirect url=\"/verify.xhtml?upload=tooLarge\">");
        var plain = visitor.postBytes("verify.xhtml", "multipart/form-data; boundary=" + BOUNDARY,
                verificationUpload(viewState, visitor.nonce(), tooLarge));
        assertThat(plain.status()).isEqualTo(303);
        assertThat(plain.header("Location")).isEqualTo("/verify.xhtml?upload=tooLarge");
        assertThat(visitor.get("verify.xhtml?upload=tooLarge").body()).contains("Tệp lớn hơn 20 MB.");

        String freshViewState = PortalClient.viewState(visitor.get("verify.xhtml").body());
        var small = visitor.postBytes("verify.xhtml", "multipart/form-data; boundary=" + BOUNDARY,
                verificationUpload(freshViewState, visitor.nonce(), withinLimit));
        assertThat(small.status()).as(abbreviate(small.body())).isEqualTo(200);
        assertThat(small.body()).as("a file within the limit is checked as before")
                .contains("notice-error").contains("Tệp gửi lên không phải là tệp PDF.");
    }

    /** The verification page's upload as the browser sends its plain form: the fields, the file and the button. */
    private static byte[] verificationUpload(String viewState, String nonce, byte[] file) {
        var body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("uploadForm", "uploadForm");
        fields.put("jakarta.faces.ViewState", viewState);
        fields.put("primefaces.nonce", nonce);
        fields.put("uploadForm:check", "Kiểm tra tệp");
        fields.forEach((name, value) -> body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"uploadForm:file\"; "
                + "filename=\"bien-ban.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** A browser of its own address, so that its login counts against no other test's limit. */
    private PortalClient browserFrom(String network) {
        return PortalClient.anonymous(base()).withHeader("X-Forwarded-For", network + ADDRESSES.getAndIncrement());
    }

    @Test
    void hostileInputGetsClearRefusalsOrIsStoredAsHarmlessText() throws Exception {
        var secretariat = as("vanthu");
        var admin = as("admin");
        long issuer = newIssuer();
        long hung = userId("hung.tv");
        long lan = userId("lan.nt");
        long committee = demoCommittee();
        long meeting = secretariat.post("api/meetings", """
                {"committeeId":%d,"kind":"QUARTERLY_REVIEW","title":"Giao ban thử dữ liệu độc hại","startsAt":"2026-05-05T08:00",
                 "endsAt":"2026-05-05T10:00","place":"Phòng họp","chairId":%d,"secretaryId":%d}"""
                .formatted(committee, hung, userId("mai.vt"))).json().getInt("id");
        long conclusion = secretariat.post("api/meetings/" + meeting + "/conclusions", "{\"text\":\"Kết luận\"}").json()
                .getJsonArray("conclusions").getJsonObject(0).getInt("id");
        long task = secretariat.post("api/meetings/" + meeting + "/conclusions/" + conclusion + "/tasks",
                "{\"text\":\"Nhiệm vụ\",\"assigneeIds\":[%d],\"dueDate\":\"2026-12-31\"}".formatted(lan)).json().getInt("id");
        List<Long> documents = new ArrayList<>();

        for (String p : PAYLOADS) {
            String s = json(p);
            var created = probe("document summary " + abbreviate(p), () -> secretariat.post("api/documents",
                    "{\"issuerId\":%d,\"typeCode\":\"TB\",\"summary\":%s,\"signerId\":%d}".formatted(issuer, s, hung)));
            var rich = probe("document body", () -> secretariat.post("api/documents", """
                    {"issuerId":%d,"typeCode":"TB","summary":"Thân văn bản độc hại","body":%s,"recipients":%s,
                     "signingCapacity":%s,"signerPosition":%s,"signerId":%d}""".formatted(issuer, json("<p>" + p + "</p>"), s, s, s, hung)));
            for (var reply : List.of(created, rich)) {
                if (reply.status() == 201) {
                    documents.add((long) reply.json().getInt("id"));
                }
            }
            long target = documents.isEmpty() ? 0 : documents.get(documents.size() - 1);
            probe("version note", () -> secretariat.put("api/documents/" + target,
                    "{\"basedOnVersion\":1,\"summary\":\"Bản sửa\",\"note\":%s,\"signerId\":%d}".formatted(s, hung)));
            probe("comment", () -> secretariat.post("api/documents/" + target + "/comments", "{\"comment\":%s}".formatted(s)));
            probe("documents ?q", () -> secretariat.get("api/documents?q=" + query(p)));
            probe("documents ?type", () -> secretariat.get("api/documents?type=" + query(p)));
            probe("documents ?status", () -> secretariat.get("api/documents?status=" + query(p)));
            probe("tasks ?assignee", () -> secretariat.get("api/tasks?assignee=" + query(p)));
            probe("tasks ?quarter", () -> secretariat.get("api/tasks?quarter=" + query(p)));
            probe("register ?type&from", () -> secretariat.get("api/register?type=" + query(p) + "&from=" + query(p)));
            probe("archive ?type&from", () -> secretariat.post("api/register/archives?type=" + query(p) + "&from=" + query(p), ""));
            if (p.indexOf('\0') >= 0 || p.indexOf('\\') >= 0 || p.contains("../")) {
                // The HTTP listener refuses a path with a NUL, a backslash or one that climbs out of the portal
                // before any application sees it: 400 without a body.
                inputs++;
                assertThat(secretariat.get("api/register/archives/" + query(p) + "/zip").status()).as(p).isIn(400, 404);
            } else {
                probe("archive id " + query(p), () -> secretariat.get("api/register/archives/" + query(p) + "/zip"));
            }
            probe("opinion", () -> secretariat.post("api/meetings/" + meeting + "/opinions",
                    "{\"speaker\":%s,\"speakerTitle\":%s,\"summary\":%s}".formatted(s, s, s)));
            probe("conclusion", () -> secretariat.post("api/meetings/" + meeting + "/conclusions", "{\"text\":%s}".formatted(s)));
            probe("agenda", () -> secretariat.post("api/meetings/" + meeting + "/agenda", "{\"title\":%s}".formatted(s)));
            probe("guest", () -> secretariat.post("api/meetings/" + meeting + "/attendance", "{\"name\":%s,\"title\":%s}".formatted(s, s)));
            probe("progress note", () -> as("lan.nt").post("api/tasks/" + task + "/progress", "{\"figure\":1,\"note\":%s}".formatted(s)));
            probe("committee", () -> admin.post("api/admin/committees", "{\"name\":%s,\"description\":%s}".formatted(s, s)));
            probe("issuer", () -> admin.post("api/admin/issuers", """
                    {"name":%s,"parentBody":%s,"symbol":%s,"placeName":%s,"numberingRule":"PARTY_PER_TYPE_PER_TERM",
                     "termStart":"2025-10-20","termLabel":%s}""".formatted(s, s, json(("H" + unique() + p).substring(0, Math.min(20, p.length() + 9))), s, s)));
            probe("user", () -> admin.post("api/admin/users",
                    "{\"username\":%s,\"displayName\":%s,\"email\":%s,\"password\":\"Mat-khau-123\",\"roles\":[\"MEMBER\"]}"
                            .formatted(json(uniqueUsername("u")), s, s)));
            probe("user name", () -> admin.post("api/admin/users",
                    "{\"username\":%s,\"displayName\":\"A\",\"password\":\"Mat-khau-123\",\"roles\":[\"MEMBER\"]}".formatted(s)));
        }

        wrongTypesEncodingsAndSizes(secretariat, issuer);
        hostilePdfs(issuer, hung);
        formsOfTheScreens(issuer, hung, lan);
        unicodeIsStoredAsNfcAndHeadersCannotBeSplit(issuer, hung);

        List<String> pages = new ArrayList<>(List.of("secretariat/documents.xhtml", "secretariat/meeting.xhtml?id=" + meeting,
                "secretariat/meetings.xhtml", "secretariat/tasks.xhtml", "secretariat/register.xhtml"));
        documents.forEach(id -> pages.add("secretariat/document.xhtml?id=" + id));
        var browser = PortalClient.anonymous(base());
        browser.formLogin("vanthu", DEMO_PASSWORD, null);
        var administrator = PortalClient.anonymous(base());
        administrator.formLogin("admin", DEMO_PASSWORD, null);
        var member = PortalClient.anonymous(base());
        member.formLogin("lan.nt", DEMO_PASSWORD, null);
        int checked = 0;
        for (String page : pages) {
            checked += noStoredMarkup(page, browser.get(page));
        }
        for (String page : List.of("admin/committees.xhtml", "admin/issuers.xhtml", "admin/users.xhtml")) {
            checked += noStoredMarkup(page, administrator.get(page));
        }
        for (String page : List.of("home.xhtml", "member/tasks.xhtml", "member/documents.xhtml", "index.xhtml")) {
            checked += noStoredMarkup(page, member.get(page));
        }

        timings.sort(Long::compare);
        System.out.printf("HostileInputIT: %d hostile inputs, %d pages checked for stored markup; time per request "
                        + "median %d ms, 95th percentile %d ms, max %d ms%n", inputs, checked,
                timings.get(timings.size() / 2), timings.get(timings.size() * 95 / 100), timings.get(timings.size() - 1));
        assertThat(inputs).isGreaterThanOrEqualTo(500);
        assertThat(failures).isEmpty();
    }

    private int noStoredMarkup(String page, PortalClient.Reply reply) {
        assertThat(reply.status()).as(page).isEqualTo(200);
        String body = reply.body();
        assertThat(INERT_ATTRIBUTE_VALUE.matcher(body).replaceAll("=\"\"")).as(page).doesNotContainPattern(STORED_HANDLER);
        assertThat(body).as(page).doesNotContainPattern(STORED_SCRIPT)
                .doesNotContainPattern(STORED_URL).doesNotContainPattern(STORED_FRAME);
        assertThat(reply.raw().headers().firstValue("X-Injected")).as(page).isEmpty();
        return 1;
    }

    private void wrongTypesEncodingsAndSizes(PortalClient secretariat, long issuer) throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("id as text", "{\"issuerId\":\"abc\",\"typeCode\":\"TB\",\"summary\":\"a\"}");
        bodies.put("id as fraction", "{\"issuerId\":1.5,\"typeCode\":\"TB\",\"summary\":\"a\"}");
        bodies.put("id as array", "{\"issuerId\":[1],\"typeCode\":\"TB\",\"summary\":\"a\"}");
        bodies.put("id overflowing", "{\"issuerId\":99999999999999999999999,\"typeCode\":\"TB\",\"summary\":\"a\"}");
        bodies.put("summary as object", "{\"issuerId\":%d,\"typeCode\":\"TB\",\"summary\":{\"a\":1}}".formatted(issuer));
        bodies.put("summary as number", "{\"issuerId\":%d,\"typeCode\":\"TB\",\"summary\":12}".formatted(issuer));
        bodies.put("committees as text", "{\"issuerId\":%d,\"typeCode\":\"TB\",\"summary\":\"a\",\"committeeIds\":\"x\"}".formatted(issuer));
        bodies.put("audience unknown", "{\"issuerId\":%d,\"typeCode\":\"TB\",\"summary\":\"a\",\"audience\":\"EVERYONE\"}".formatted(issuer));
        bodies.put("null", "null");
        bodies.put("array", "[]");
        bodies.put("string", "\"văn bản\"");
        bodies.put("empty", "");
        bodies.put("truncated", "{\"issuerId\":");
        bodies.put("nested deep", "[".repeat(100_000) + "]".repeat(100_000));
        bodies.put("objects nested deep", "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000));
        bodies.put("duplicate keys", "{\"summary\":\"a\",\"summary\":\"b\",\"issuerId\":%d,\"typeCode\":\"TB\"}".formatted(issuer));
        bodies.put("lone surrogate", "{\"issuerId\":%d,\"typeCode\":\"TB\",\"summary\":\"\\ud800\"}".formatted(issuer));
        for (var body : bodies.entrySet()) {
            probe("body " + body.getKey(), () -> secretariat.post("api/documents", body.getValue()));
        }
        byte[] invalidUtf8 = {'{', '"', 's', 'u', 'm', 'm', 'a', 'r', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        probe("invalid UTF-8", () -> secretariat.postBytes("api/documents", "application/json", invalidUtf8));
        probe("UTF-16 body", () -> secretariat.postBytes("api/documents", "application/json;charset=UTF-16",
                "{\"summary\":\"Thông báo\"}".getBytes(StandardCharsets.UTF_16)));
        probe("unknown charset", () -> secretariat.postBytes("api/documents", "application/json;charset=x-klingon",
                "{}".getBytes(StandardCharsets.UTF_8)));
        probe("text/plain", () -> secretariat.postBytes("api/documents", "text/plain", "summary=a".getBytes(StandardCharsets.UTF_8)));
        probe("xml", () -> secretariat.postBytes("api/documents", "application/xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>".getBytes(StandardCharsets.UTF_8)));
        probe("form", () -> secretariat.postBytes("api/documents", "application/x-www-form-urlencoded", "summary=a".getBytes(StandardCharsets.UTF_8)));
        for (String path : List.of("api/documents/abc", "api/documents/-1", "api/documents/99999999999999999999",
                "api/documents/1%2F..%2F..%2Fadmin", "api/documents?first=-1",
                "api/documents?max=100000", "api/documents?first=abc", "api/documents?issuerId=abc", "api/tasks/abc",
                "api/meetings/1e99", "api/register?from=2026-02-30", "api/register?to=%00", "api/documents/1/diff?from=x&to=y",
                "api/tasks/report.pdf?committeeId=abc&quarter=2026-Q1", "api/tasks/report.pdf?quarter=2026-Q1",
                "api/documents/1/versions/99999999999")) {
            probe("GET " + path, () -> secretariat.get(path));
        }
        for (String traversal : List.of("api/documents/..%2F..%2Fetc%2Fpasswd", "api/..%2F..%2F..%2Fetc%2Fpasswd",
                "jakarta.faces.resource/..%2F..%2FWEB-INF%2Fweb.xml", "jakarta.faces.resource/..%2fWEB-INF%2fweb.xml.xhtml")) {
            // The listener resolves these outside the API, where a missing page is the portal's HTML 404.
            inputs++;
            var reply = secretariat.get(traversal);
            assertThat(reply.status()).as(traversal).isIn(302, 400, 403, 404);
            assertThat(reply.body()).as(traversal).doesNotContain("root:x:0:0").doesNotContain("<web-app");
        }
        probe("DELETE api/me", () -> secretariat.delete("api/me"));
        probe("PATCH documents", () -> secretariat.exchange("PATCH", "api/documents/1", "application/json", "{}"));
        probe("garbage basic credentials", () -> PortalClient.anonymous(base()).exchange("GET", "api/me", null, null,
                "Authorization", "Basic %%%not-base64%%%"));
        probe("basic without colon", () -> PortalClient.anonymous(base()).exchange("GET", "api/me", null, null,
                "Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin".getBytes(StandardCharsets.UTF_8))));
        probe("odd Accept-Language", () -> secretariat.exchange("GET", "api/documents/abc", null, null,
                "Accept-Language", "xx-;q=abc,,*;q=2"));

        String nineMegabytes = "{\"issuerId\":%d,\"typeCode\":\"TB\",\"summary\":\"a\",\"body\":\"%s\"}"
                .formatted(issuer, "a".repeat(9 * 1024 * 1024));
        var declared = probe("9 MB JSON", () -> secretariat.post("api/documents", nineMegabytes));
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.code()).isEqualTo("REQUEST_TOO_LARGE");
        var chunked = probe("9 MB JSON, chunked", () -> chunked("api/documents", "application/json",
                nineMegabytes.getBytes(StandardCharsets.UTF_8), "vanthu"));
        assertThat(chunked.status()).isEqualTo(413);
        var longBody = probe("body of a million characters and more", () -> secretariat.post("api/documents",
                "{\"issuerId\":%d,\"typeCode\":\"TB\",\"summary\":\"a\",\"body\":\"%s\"}".formatted(issuer, "<p>b</p>".repeat(150_000))));
        assertThat(longBody.status()).isIn(400, 201);
    }

    /** A body sent without Content-Length, as a stream, so that only counting while reading can stop it. */
    private PortalClient.Reply chunked(String path, String contentType, byte[] body, String username) {
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest request = HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", contentType)
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("X-Forwarded-For", "198.51.100." + ADDRESSES.getAndIncrement())
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new PortalClient.Reply(response.statusCode(), response.body(), response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void hostilePdfs(long issuer, long hung) {
        byte[] signed = signedPdf(issuer, hung);
        Map<String, byte[]> pdfs = new LinkedHashMap<>();
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        pdfs.put("empty", new byte[0]);
        allowed.put("empty", Set.of("NOT_A_PDF"));
        pdfs.put("not a PDF", "xin chào, đây không phải PDF".getBytes(StandardCharsets.UTF_8));
        allowed.put("not a PDF", Set.of("NOT_A_PDF"));
        pdfs.put("header only", "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
        allowed.put("header only", Set.of("PDF_DAMAGED"));
        pdfs.put("truncated signed", HostilePdfs.truncated(signed));
        // Cut in half, a visibly signed PDF may lose its whole signing update (the images make it the larger half):
        // what is left is the unsigned issued file, which must then show no signature at all.
        allowed.put("truncated signed", Set.of("PDF_DAMAGED", "NOT_INTACT", "NO_SIGNATURE"));
        pdfs.put("encrypted", HostilePdfs.encrypted());
        allowed.put("encrypted", Set.of("PDF_ENCRYPTED"));
        pdfs.put("reference loop", HostilePdfs.referenceLoop());
        allowed.put("reference loop", Set.of("PDF_DAMAGED"));
        pdfs.put("page tree loop", HostilePdfs.pageTreeLoop());
        allowed.put("page tree loop", Set.of("PDF_DAMAGED", "NO_SIGNATURE"));
        pdfs.put("signature field loop", HostilePdfs.signatureFieldLoop());
        allowed.put("signature field loop", Set.of("PDF_DAMAGED", "NO_SIGNATURE"));
        pdfs.put("stream claiming 1 GB", HostilePdfs.gigabyteLength());
        allowed.put("stream claiming 1 GB", Set.of("PDF_DAMAGED", "NO_SIGNATURE"));
        pdfs.put("signature over 1 GB", HostilePdfs.signatureWithGigabyteRange());
        allowed.put("signature over 1 GB", Set.of("PDF_DAMAGED", "NOT_INTACT"));
        pdfs.put("fields nested 50000 deep", HostilePdfs.fieldsNestedDeep(50_000));
        allowed.put("fields nested 50000 deep", Set.of("PDF_DAMAGED"));
        pdfs.put("cross-reference bomb", HostilePdfs.crossReferenceBomb());
        allowed.put("cross-reference bomb", Set.of("PDF_DAMAGED"));
        pdfs.put("content bomb", HostilePdfs.contentBomb());
        allowed.put("content bomb", Set.of("PDF_DAMAGED", "NO_SIGNATURE"));
        pdfs.put("2 billion objects", HostilePdfs.hugeCrossReference());
        allowed.put("2 billion objects", Set.of("PDF_DAMAGED"));
        pdfs.put("19 MB of noise", HostilePdfs.noise(19 * 1024 * 1024));
        allowed.put("19 MB of noise", Set.of("PDF_DAMAGED"));
        pdfs.put("21 MB", HostilePdfs.noise(21 * 1024 * 1024));
        allowed.put("21 MB", Set.of("PDF_TOO_LARGE"));

        List<String> report = new ArrayList<>();
        for (var pdf : pdfs.entrySet()) {
            var visitor = PortalClient.anonymous(base()).withHeader("X-Forwarded-For", "192.0.2." + ADDRESSES.getAndIncrement());
            long start = System.nanoTime();
            var body = probe("verify " + pdf.getKey(), () -> visitor.postBytes("api/verify", "application/pdf", pdf.getValue()));
            var upload = probe("verify upload " + pdf.getKey(), () -> visitor.postMultipart("api/verify", "file",
                    "../../../etc/passwd\u202Efdp.exe", pdf.getValue()));
            report.add("%-26s %9d B  %4d ms  %s / %s".formatted(pdf.getKey(), pdf.getValue().length,
                    (System.nanoTime() - start) / 2_000_000, outcome(body), outcome(upload)));
            for (var reply : List.of(body, upload)) {
                if (!allowed.get(pdf.getKey()).contains(outcome(reply))) {
                    failures.add("verify " + pdf.getKey() + ": " + outcome(reply) + ", expected one of " + allowed.get(pdf.getKey()));
                }
            }
        }
        var visitor = PortalClient.anonymous(base()).withHeader("X-Forwarded-For", "192.0.2." + ADDRESSES.getAndIncrement());
        var noFile = probe("verify upload without a file", () -> visitor.postMultipart("api/verify", "other", "a.pdf", signed));
        assertThat(noFile.code()).isEqualTo("NOT_A_PDF");
        var genuine = probe("verify the genuine PDF with a hostile file name", () -> visitor.postMultipart("api/verify",
                "file", "..\\..\\<script>alert('xss-11')</script>.pdf", signed));
        assertThat(genuine.status()).isEqualTo(200);
        assertThat(genuine.body()).doesNotContain("xss-11");
        System.out.println("Hostile PDFs on POST /api/verify (time per request; outcome as body / as upload):\n  "
                + String.join("\n  ", report));
    }

    private static String outcome(PortalClient.Reply reply) {
        if (!String.valueOf(reply.header("Content-Type")).startsWith("application/json")) {
            // Told in full so that a failure in CI says which layer answered instead of the API.
            return "HTTP %d %s: %s".formatted(reply.status(), reply.header("Content-Type"),
                    reply.body().replaceAll("\\s+", " ").substring(0, Math.min(300, reply.body().length())));
        }
        if (reply.status() == 200) {
            var signatures = reply.json().getJsonArray("signatures").getValuesAs(JsonObject.class);
            if (signatures.isEmpty()) {
                return "NO_SIGNATURE";
            }
            return signatures.stream().allMatch(s -> s.getBoolean("intact")) ? "INTACT" : "NOT_INTACT";
        }
        return reply.code();
    }

    private byte[] signedPdf(long issuer, long hung) {
        var secretariat = as("vanthu");
        long id = secretariat.post("api/documents", """
                {"issuerId":%d,"typeCode":"TB","summary":"Bản gốc đã ký để thử kiểm tra","signerId":%d}"""
                .formatted(issuer, hung)).json().getInt("id");
        secretariat.post("api/documents/" + id + "/submit", "{}");
        as("hung.tv").post("api/documents/" + id + "/approve", "{}");
        assertThat(secretariat.post("api/documents/" + id + "/issue", "{}").status()).isEqualTo(200);
        assertThat(as("hung.tv").post("api/documents/" + id + "/sign", "").status()).isEqualTo(200);
        var download = secretariat.getBytes("api/documents/" + id + "/pdf");
        assertThat(download.status()).isEqualTo(200);
        return download.bytes();
    }

    /** A sample over the screens: the login form, and the comment form of a member consulted on a draft (a plain post). */
    private void formsOfTheScreens(long issuer, long hung, long lan) {
        for (String p : PAYLOADS) {
            var browser = PortalClient.anonymous(base()).withHeader("X-Forwarded-For", "198.51.100." + ADDRESSES.getAndIncrement());
            var reply = probe("login form " + abbreviate(p), () -> browser.formLogin(p.length() > 2000 ? p.substring(0, 2000) : p, p, null));
            assertThat(reply.status()).isIn(200, 429);
            noStoredMarkup("login.xhtml after " + abbreviate(p), reply);
        }
        var draft = as("vanthu").post("api/documents", """
                {"issuerId":%d,"typeCode":"TB","summary":"Xin ý kiến về dữ liệu độc hại","signerId":%d}""".formatted(issuer, hung));
        long id = draft.json().getInt("id");
        assertThat(as("vanthu").post("api/documents/" + id + "/submit", "{\"consulteeIds\":[%d]}".formatted(lan)).status())
                .isEqualTo(200);
        var member = PortalClient.anonymous(base());
        member.formLogin("lan.nt", DEMO_PASSWORD, null);
        var consulted = member.get("member/document.xhtml?id=" + id);
        assertThat(consulted.body()).contains("commentForm");
        String viewState = PortalClient.viewState(consulted.body());
        for (String p : PAYLOADS) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("commentForm", "commentForm");
            fields.put("commentForm:send", "Gửi ý kiến");
            fields.put("commentForm:comment", p);
            fields.put("jakarta.faces.ViewState", viewState);
            fields.put("primefaces.nonce", member.nonce());
            var reply = probe("comment form " + abbreviate(p), () -> member.postFields("member/document.xhtml?id=" + id, fields));
            assertThat(reply.status()).isEqualTo(200);
            noStoredMarkup("comment answer", reply);
        }
        var workbench = PortalClient.anonymous(base());
        workbench.formLogin("vanthu", DEMO_PASSWORD, null);
        var page = workbench.get("secretariat/document.xhtml?id=" + id);
        noStoredMarkup("the workbench with the comments", page);
        assertThat(page.body()).contains("&lt;script&gt;alert(");
    }

    private void unicodeIsStoredAsNfcAndHeadersCannotBeSplit(long issuer, long hung) {
        String nfd = Normalizer.normalize("Thông báo kết luận ../../etc/passwd\r\nX-Injected: 1", Normalizer.Form.NFD);
        var secretariat = as("vanthu");
        var created = probe("NFD summary", () -> secretariat.post("api/documents", """
                {"issuerId":%d,"typeCode":"TB","summary":%s,"signerId":%d,"audience":"ALL_MEMBERS"}""".formatted(issuer, json(nfd), hung)));
        assertThat(created.status()).as(created.body()).isIn(201, 400);
        if (created.status() != 201) {
            return;
        }
        long id = created.json().getInt("id");
        assertThat(Normalizer.isNormalized(created.json().getString("summary"), Normalizer.Form.NFC)).isTrue();
        secretariat.post("api/documents/" + id + "/submit", "{}");
        as("hung.tv").post("api/documents/" + id + "/approve", "{}");
        assertThat(secretariat.post("api/documents/" + id + "/issue", "{}").status()).isEqualTo(200);
        var pdf = secretariat.getBytes("api/documents/" + id + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.raw().headers().firstValue("X-Injected")).isEmpty();
        String disposition = pdf.header("Content-Disposition");
        assertThat(disposition).doesNotContain("\r").doesNotContain("\n").doesNotContain("../");
    }

    private long newIssuer() {
        var reply = as("admin").post("api/admin/issuers", """
                {"name":"BAN CHỈ ĐẠO THỬ DỮ LIỆU","parentBody":"QUẬN ỦY LONG BIÊN","symbol":"H%s","placeName":"Long Biên",
                 "numberingRule":"PARTY_PER_TYPE_PER_TERM","termStart":"2025-10-20"}""".formatted(unique()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getInt("id");
    }

    private long demoCommittee() {
        try (var reader = Json.createReader(new StringReader(as("admin").get("api/admin/committees").body()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                            .anyMatch(m -> m.getString("username").equals("lan.nt")))
                    .findFirst().orElseThrow().getInt("id");
        }
    }
}
