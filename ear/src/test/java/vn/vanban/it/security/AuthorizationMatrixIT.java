package vn.vanban.it.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.HostilePdfs;
import vn.vanban.it.Multipart;
import vn.vanban.it.PortalClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, as data: {@code authorization-matrix.txt} lists every endpoint of the API and every page with the
 * status each of six actors must get (anonymous, a member of the committee, a member of another committee, the
 * secretariat, a signer, the administrator), including IDOR probes with the other committee's documents, versions,
 * PDFs, meetings, their items and tasks. The test builds what the ids point at, plays every row as every actor (the
 * API with HTTP Basic, pages with a form-login session), prints the whole matrix and fails on any mismatch.
 */
class AuthorizationMatrixIT extends DeployedPortal {

    private static final String[] ACTORS = {"anonymous", "member", "outsider", "secretariat", "signer", "admin"};
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final Map<String, String> ids = new LinkedHashMap<>();
    private String outsider;

    private PortalClient as(String username) {
        return PortalClient.as(base(), username, DEMO_PASSWORD);
    }

    @Test
    void everyEndpointAndPageAnswersEachActorAsTheMatrixSays() throws IOException {
        buildTheWorld();
        List<Row> rows = rows();
        Map<String, PortalClient> api = new LinkedHashMap<>();
        Map<String, PortalClient> pages = new LinkedHashMap<>();
        for (String actor : ACTORS) {
            String username = username(actor);
            api.put(actor, username == null ? PortalClient.anonymous(base()) : as(username));
            PortalClient browser = PortalClient.anonymous(base());
            if (username != null) {
                assertThat(browser.formLogin(username, DEMO_PASSWORD, "/home.xhtml").status()).as(actor).isEqualTo(302);
            }
            pages.put(actor, browser);
        }

        List<String> mismatches = new ArrayList<>();
        StringBuilder table = new StringBuilder("\nAuthorization matrix (expected; a mismatch shows as expected!actual)\n");
        table.append("%-7s %-70s".formatted("method", "path"));
        for (String actor : ACTORS) {
            table.append(" %-11s".formatted(actor));
        }
        table.append('\n');
        for (Row row : rows) {
            String path = resolve(row.path());
            table.append("%-7s %-70s".formatted(row.method(), abbreviate(row.path(), 70)));
            for (int i = 0; i < ACTORS.length; i++) {
                PortalClient client = (row.isPage() ? pages : api).get(ACTORS[i]);
                PortalClient.Reply reply = play(client, row.method(), path, row.body() == null ? null : resolve(row.body()));
                int actual = reply.status();
                int expected = row.expected()[i];
                if (row.path().contains(".xhtml") && actual == 200 && !reply.body().stripTrailing().endsWith("</html>")) {
                    // A page that fails while rendering after its first bytes went out still answers 200, cut short.
                    mismatches.add("%s %s as %s: the page ends before </html>".formatted(row.method(), path, ACTORS[i]));
                }
                table.append(" %-11s".formatted(actual == expected ? String.valueOf(expected) : expected + "!" + actual));
                if (actual != expected) {
                    mismatches.add("%s %s as %s: expected %d, got %d".formatted(row.method(), path, ACTORS[i], expected, actual));
                }
            }
            table.append('\n');
        }
        table.append("%d rows × %d actors = %d checks, %d mismatches%n".formatted(rows.size(), ACTORS.length,
                rows.size() * ACTORS.length, mismatches.size()));
        System.out.println(table);

        assertThat(mismatches).as(table.toString()).isEmpty();
        assertThat(as("vanthu").get("api/documents/" + ids.get("draft2")).json().getJsonArray("relations"))
                .as("the other document's relation survives the probe").hasSize(1);
        assertThat(as("admin").get("api/admin/committees/" + ids.get("otherCommittee")).json().getJsonArray("members")
                .getValuesAs(JsonObject.class)).extracting(m -> m.getString("positionTitle"))
                .doesNotContain("Đổi qua ban khác").hasSize(1);
    }

    private String username(String actor) {
        return switch (actor) {
            case "member" -> "lan.nt";
            case "outsider" -> outsider;
            case "secretariat" -> "vanthu";
            case "signer" -> "hung.tv";
            case "admin" -> "admin";
            default -> null;
        };
    }

    private static PortalClient.Reply play(PortalClient client, String method, String path, String body) {
        if (body != null && body.startsWith("pdf:")) {
            return client.postBytes(path, "application/pdf", body.substring(4).getBytes(StandardCharsets.UTF_8));
        }
        if (body != null && body.startsWith("multipart:")) {
            Multipart form = Multipart.fields(body.substring("multipart:".length()));
            return client.postBytes(path, form.contentType(), form.body());
        }
        return client.exchange(method, path, body == null ? null : "application/json", body);
    }

    private String resolve(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            String id = ids.get(m.group(1));
            assertThat(id).as("placeholder %s", m.group()).isNotNull();
            m.appendReplacement(resolved, id);
        }
        m.appendTail(resolved);
        return resolved.toString();
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    record Row(String method, String path, String body, int[] expected) {

        boolean isPage() {
            return !path.startsWith("api/");
        }
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.txt")) {
            assertThat(in).as("authorization-matrix.txt on the test class path").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(" \\| ");
                assertThat(cells).as(line).hasSize(3 + ACTORS.length);
                int[] expected = new int[ACTORS.length];
                for (int i = 0; i < ACTORS.length; i++) {
                    expected[i] = Integer.parseInt(cells[3 + i].trim());
                }
                String body = cells[2].trim();
                rows.add(new Row(cells[0].trim(), cells[1].trim(), body.equals("-") ? null : body, expected));
            }
        }
        return rows;
    }

    // --- the world the ids point at ---

    private void buildTheWorld() {
        var admin = as("admin");
        ids.put("hung", String.valueOf(userId("hung.tv")));
        ids.put("mai", String.valueOf(userId("mai.vt")));
        long committee = jsonArray(admin.get("api/admin/committees").body()).stream()
                .filter(c -> c.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                        .anyMatch(m -> m.getString("username").equals("lan.nt"))
                        && c.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                        .anyMatch(m -> m.getString("username").equals("hung.tv")))
                .findFirst().orElseThrow().getInt("id");
        ids.put("committee", String.valueOf(committee));
        ids.put("membership", String.valueOf(admin.get("api/admin/committees/" + committee).json()
                .getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("username").equals("lan.nt")).findFirst().orElseThrow().getInt("id")));
        ids.put("issuer", String.valueOf(issuer()));

        outsider = uniqueUsername("ngoai.");
        long outsiderId = createUser(outsider);
        ids.put("victim", String.valueOf(createUser(uniqueUsername("nan.nhan."))));
        long otherIssuer = issuer();
        var other = admin.post("api/admin/committees", """
                {"name":"Ban chỉ đạo khác %s","description":"","issuerId":%d}""".formatted(unique(), otherIssuer));
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        long otherCommittee = other.json().getInt("id");
        ids.put("otherCommittee", String.valueOf(otherCommittee));
        var joined = admin.post("api/admin/committees/" + otherCommittee + "/members",
                "{\"userId\":%d,\"positionTitle\":\"Thành viên\",\"role\":\"MEMBER\"}".formatted(outsiderId));
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        ids.put("otherMembership", String.valueOf(joined.json().getJsonArray("members").getJsonObject(0).getInt("id")));

        long issuer = Long.parseLong(ids.get("issuer"));
        ids.put("doc", String.valueOf(published(issuer, "Thông báo cho Ban chỉ đạo", "COMMITTEES", committee)));
        ids.put("otherDoc", String.valueOf(published(otherIssuer, "Thông báo cho ban khác", "COMMITTEES", otherCommittee)));
        ids.put("publicDoc", String.valueOf(published(issuer, "Thông báo công khai", "PUBLIC", committee)));
        long draft = draft(issuer, "Dự thảo còn đang soạn", "COMMITTEES", committee);
        ids.put("draft", String.valueOf(draft));
        long draft2 = draft(otherIssuer, "Dự thảo của ban khác", "COMMITTEES", otherCommittee);
        ids.put("draft2", String.valueOf(draft2));
        var related = as("vanthu").post("api/documents/" + draft2 + "/relations",
                "{\"kind\":\"REFERS_TO\",\"targetId\":%s}".formatted(ids.get("otherDoc")));
        assertThat(related.status()).as(related.body()).isEqualTo(200);
        ids.put("otherRelation", String.valueOf(related.json().getJsonArray("relations").getJsonObject(0).getInt("id")));
        ids.put("superseded", String.valueOf(supersededWithoutPublication(issuer, committee)));
        ids.put("incoming", String.valueOf(incoming(issuer, "NONE")));
        ids.put("secretIncoming", String.valueOf(incoming(otherIssuer, "CONFIDENTIAL")));

        Map<String, String> meeting = meeting(committee, "lan.nt");
        meeting.forEach((key, value) -> ids.put(key, value));
        Map<String, String> otherMeeting = meeting(otherCommittee, outsider);
        otherMeeting.forEach((key, value) -> ids.put("other" + Character.toUpperCase(key.charAt(0)) + key.substring(1), value));
    }

    private long issuer() {
        var reply = as("admin").post("api/admin/issuers", """
                {"name":"BAN CHỈ ĐẠO THỬ QUYỀN","parentBody":"QUẬN ỦY LONG BIÊN","symbol":"Q%s","placeName":"Long Biên",
                 "numberingRule":"PARTY_PER_TYPE_PER_TERM","termStart":"2025-10-20"}""".formatted(unique()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getInt("id");
    }

    /** A registered incoming document of {@code issuer}, of the given confidentiality. */
    private long incoming(long issuer, String confidentiality) {
        Multipart form = Multipart.of(Map.of("issuerId", String.valueOf(issuer), "typeCode", "NQ",
                        "sender", "Thành ủy Hà Nội", "numberSymbol", "09-NQ/TU", "documentDate", "2026-03-10",
                        "summary", "Văn bản đến thử quyền", "confidentiality", confidentiality), "nq.pdf",
                "application/pdf", HostilePdfs.valid());
        var reply = as("vanthu").postBytes("api/incoming?register=true", form.contentType(), form.body());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getInt("id");
    }

    private long createUser(String username) {
        var reply = as("admin").post("api/admin/users", """
                {"username":"%s","displayName":"Người thử quyền","password":"%s","roles":["MEMBER"]}"""
                .formatted(username, DEMO_PASSWORD));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getInt("id");
    }

    private long draft(long issuer, String summary, String audience, long committee) {
        var reply = as("vanthu").post("api/documents", """
                {"issuerId":%d,"typeCode":"TB","summary":"%s","body":"<p>Nội dung</p>","signerId":%s,
                 "signingCapacity":"T/M BAN CHỈ ĐẠO","signerPosition":"TRƯỞNG BAN","audience":"%s","committeeIds":[%d]}"""
                .formatted(issuer, summary, ids.get("hung"), audience, committee));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getInt("id");
    }

    private long issued(long issuer, String summary, String audience, long committee) {
        long id = draft(issuer, summary, audience, committee);
        assertThat(as("vanthu").post("api/documents/" + id + "/submit", "{}").status()).isEqualTo(200);
        assertThat(as("hung.tv").post("api/documents/" + id + "/approve", "{}").status()).isEqualTo(200);
        var issued = as("vanthu").post("api/documents/" + id + "/issue", "{}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return id;
    }

    private long published(long issuer, String summary, String audience, long committee) {
        long id = issued(issuer, summary, audience, committee);
        assertThat(as("hung.tv").post("api/documents/" + id + "/sign", "").status()).isEqualTo(200);
        var published = as("vanthu").post("api/documents/" + id + "/publish", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    private long supersededWithoutPublication(long issuer, long committee) {
        long original = issued(issuer, "Thông báo ban hành nhầm, chưa phát hành", "COMMITTEES", committee);
        var replacement = as("vanthu").post("api/documents/" + original + "/replacement", "");
        assertThat(replacement.status()).as(replacement.body()).isEqualTo(201);
        long correction = replacement.json().getInt("id");
        as("vanthu").post("api/documents/" + correction + "/submit", "{}");
        as("hung.tv").post("api/documents/" + correction + "/approve", "{}");
        assertThat(as("vanthu").post("api/documents/" + correction + "/issue", "{}").status()).isEqualTo(200);
        assertThat(as("vanthu").get("api/documents/" + original).json().getString("status")).isEqualTo("SUPERSEDED");
        return original;
    }

    /** A meeting with one of each item, and a task of its conclusion assigned to {@code assignee}. */
    private Map<String, String> meeting(long committee, String assignee) {
        var secretariat = as("vanthu");
        var scheduled = secretariat.post("api/meetings", """
                {"committeeId":%d,"kind":"QUARTERLY_REVIEW","title":"Giao ban thử quyền","startsAt":"2026-04-02T08:00",
                 "endsAt":"2026-04-02T10:00","place":"Phòng họp","chairId":%s,"chairPosition":"Trưởng ban",
                 "secretaryId":%s,"secretaryPosition":"Thư ký"}""".formatted(committee, ids.get("hung"), ids.get("mai")));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        long id = scheduled.json().getInt("id");
        secretariat.post("api/meetings/" + id + "/attendance", "{\"name\":\"Khách mời\",\"title\":\"Đại biểu\"}");
        secretariat.post("api/meetings/" + id + "/agenda", "{\"title\":\"Nội dung một\"}");
        secretariat.post("api/meetings/" + id + "/opinions", "{\"speaker\":\"Đồng chí A\",\"summary\":\"Ý kiến\"}");
        JsonObject detail = secretariat.post("api/meetings/" + id + "/conclusions", "{\"text\":\"Kết luận một\"}").json();
        Map<String, String> made = new LinkedHashMap<>();
        made.put("meeting", String.valueOf(id));
        made.put("attendee", first(detail, "attendees"));
        made.put("item", first(detail, "agenda"));
        made.put("opinion", first(detail, "opinions"));
        made.put("conclusion", first(detail, "conclusions"));
        Multipart paper = Multipart.of(Map.of("title", "Báo cáo thử quyền"), "bao-cao.pdf", "application/pdf",
                HostilePdfs.valid());
        var uploaded = secretariat.postBytes("api/meetings/" + id + "/agenda/" + made.get("item") + "/papers",
                paper.contentType(), paper.body());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        made.put("paper", String.valueOf(uploaded.json().getInt("id")));
        var task = secretariat.post("api/meetings/" + id + "/conclusions/" + made.get("conclusion") + "/tasks",
                "{\"text\":\"Nhiệm vụ thử\",\"assigneeIds\":[%d],\"dueDate\":\"2026-12-31\"}".formatted(userId(assignee)));
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        made.put("task", String.valueOf(task.json().getInt("id")));
        return made;
    }

    private static String first(JsonObject meeting, String list) {
        assertThat(meeting.containsKey(list)).as(list + " in " + meeting).isTrue();
        return String.valueOf(meeting.getJsonArray(list).getJsonObject(0).getInt("id"));
    }

    private static List<JsonObject> jsonArray(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }
}
