package vn.vanban.it.meetings;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.HostilePdfs;
import vn.vanban.it.Multipart;
import vn.vanban.it.PortalClient;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The papers of a meeting's agenda items on the real EAR: the secretariat uploads a PDF and names a draft for
 * opinion and a confidential incoming document; an executable or a page of HTML is refused (PAPER_FILE_TYPE); an
 * invitee lists the papers and downloads the file (the same bytes, its type, its name, nosniff) but not the
 * confidential document's file; a member neither invited nor of the committee gets 404; the member's and the
 * secretariat's meeting pages show them; a removed paper is gone; the minutes drafted from the record cite them;
 * once the minutes are issued, papers can be neither added nor removed.
 */
class MeetingPapersIT extends DeployedPortal {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private PortalClient as(String username) {
        return PortalClient.as(base(), username, DEMO_PASSWORD);
    }

    private String newMember(String prefix) {
        String username = uniqueUsername(prefix + ".");
        var created = as("admin").post("api/admin/users", """
                {"username":"%s","displayName":"Thành viên %s","password":"%s","roles":["MEMBER"]}"""
                .formatted(username, prefix, DEMO_PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    private static byte[] pdf(String mark) {
        return HostilePdfs.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", "(" + mark + ")");
    }

    private static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    private PortalClient.Reply upload(PortalClient client, long meeting, long item, String title, String fileName,
                                      String type, byte[] file) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        Multipart form = Multipart.of(fields, fileName, type, file);
        return client.postBytes("api/meetings/" + meeting + "/agenda/" + item + "/papers", form.contentType(),
                form.body());
    }

    private long committeeWithIssuer(long[] issuer) {
        var admin = as("admin");
        var created = admin.post("api/admin/issuers", """
                {"name":"BAN CHỈ ĐẠO TÀI LIỆU","parentBody":"QUẬN ỦY LONG BIÊN","symbol":"P%s","placeName":"Long Biên",
                 "numberingRule":"PARTY_PER_TYPE_PER_TERM","termStart":"2025-10-20"}""".formatted(unique()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        issuer[0] = created.json().getInt("id");
        var committee = admin.post("api/admin/committees", """
                {"name":"Ban chỉ đạo tài liệu %s","description":"","issuerId":%d}""".formatted(unique(), issuer[0]));
        assertThat(committee.status()).as(committee.body()).isEqualTo(201);
        long id = committee.json().getInt("id");
        String[][] members = {{"hung.tv", "Trưởng Ban chỉ đạo", "HEAD"}, {"lan.nt", "Thành viên", "MEMBER"},
                {"mai.vt", "Thư ký Ban chỉ đạo", "STANDING"}};
        for (String[] m : members) {
            var added = admin.post("api/admin/committees/" + id + "/members", """
                    {"userId":%d,"positionTitle":"%s","role":"%s"}""".formatted(userId(m[0]), m[1], m[2]));
            assertThat(added.status()).as(added.body()).isIn(200, 201);
        }
        return id;
    }

    private long confidentialIncoming(long issuerId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("issuerId", String.valueOf(issuerId));
        fields.put("typeCode", "NQ");
        fields.put("sender", "Thành ủy Hà Nội");
        fields.put("numberSymbol", "77-NQ/TU");
        fields.put("documentDate", "2026-11-02");
        fields.put("summary", "Về công tác cán bộ");
        fields.put("confidentiality", "CONFIDENTIAL");
        fields.put("arrivedAt", "2026-11-03T09:30");
        Multipart form = Multipart.of(fields, "mat.pdf", "application/pdf", pdf("mat " + unique()));
        var received = as("vanthu").postBytes("api/incoming?register=true", form.contentType(), form.body());
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        return received.json().getInt("id");
    }

    @Test
    void papersAreUploadedOrNamedReadByInviteesOnlyCitedByTheMinutesAndFrozenWithThem() {
        var secretariat = as("vanthu");
        long[] issuer = new long[1];
        long committee = committeeWithIssuer(issuer);
        String invitee = newMember("moi");
        String outsider = newMember("ngoai");
        String title = "Hội nghị tài liệu " + unique();
        var scheduled = secretariat.post("api/meetings", """
                {"committeeId":%d,"kind":"QUARTERLY_REVIEW","title":"%s","startsAt":"2026-12-01T08:00",
                 "endsAt":"2026-12-01T11:00","place":"Phòng họp số 2","chairId":%d,"chairPosition":"Trưởng Ban",
                 "secretaryId":%d,"secretaryPosition":"Thư ký"}"""
                .formatted(committee, title, userId("hung.tv"), userId("mai.vt")));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        long meeting = scheduled.json().getInt("id");
        assertThat(secretariat.post("api/meetings/" + meeting + "/attendance",
                "{\"userId\":" + userId(invitee) + ",\"title\":\"Khách mời\"}").status()).isEqualTo(200);
        var agenda = secretariat.post("api/meetings/" + meeting + "/agenda", "{\"title\":\"Nghe báo cáo quý IV\"}");
        secretariat.post("api/meetings/" + meeting + "/agenda", "{\"title\":\"Cho ý kiến dự thảo quyết định\"}");
        List<JsonObject> items = secretariat.get("api/meetings/" + meeting).json().getJsonArray("agenda")
                .getValuesAs(JsonObject.class);
        assertThat(agenda.status()).isEqualTo(200);
        long report = items.get(0).getInt("id");
        long draftItem = items.get(1).getInt("id");

        byte[] file = pdf("bao cao " + unique());
        var uploaded = upload(secretariat, meeting, report, "Báo cáo kết quả quý IV", "tmp/Báo cáo quý IV.pdf",
                "application/pdf", file);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long paper = uploaded.json().getInt("id");
        assertThat(uploaded.header("Location")).endsWith("api/meetings/" + meeting + "/papers/" + paper);
        assertThat(uploaded.json().getString("source")).isEqualTo("FILE");
        assertThat(uploaded.json().getString("fileName")).isEqualTo("Báo cáo quý IV.pdf");
        assertThat(uploaded.json().getString("mediaType")).isEqualTo("application/pdf");

        var exe = upload(secretariat, meeting, report, "Chương trình", "setup.pdf", "application/pdf",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        assertThat(exe.status()).isEqualTo(400);
        assertThat(exe.code()).isEqualTo("PAPER_FILE_TYPE");
        assertThat(exe.json().getString("field")).isEqualTo("file");
        var html = upload(secretariat, meeting, report, "Trang", "trang.html", "text/html",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.code()).isEqualTo("PAPER_FILE_TYPE");
        assertThat(upload(secretariat, meeting, report, " ", "a.pdf", "application/pdf", file).code())
                .isEqualTo("TITLE_REQUIRED");
        assertThat(upload(as(invitee), meeting, report, "Của tôi", "a.pdf", "application/pdf", file).status())
                .isEqualTo(403);

        var draft = secretariat.post("api/documents", "{\"issuerId\":" + issuer[0]
                + ",\"typeCode\":\"QĐ\",\"summary\":\"Kiện toàn Ban chỉ đạo tài liệu\"}");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        long draftId = draft.json().getInt("id");
        var named = secretariat.post("api/meetings/" + meeting + "/agenda/" + draftItem + "/papers",
                "{\"title\":\"Dự thảo Quyết định kiện toàn\",\"documentId\":" + draftId + "}");
        assertThat(named.status()).as(named.body()).isEqualTo(201);
        assertThat(named.json().getString("source")).isEqualTo("DOCUMENT");
        long confidential = confidentialIncoming(issuer[0]);
        var secret = secretariat.post("api/meetings/" + meeting + "/agenda/" + draftItem + "/papers",
                "{\"title\":\"Nghị quyết của Thành ủy về cán bộ\",\"incomingId\":" + confidential + "}");
        assertThat(secret.status()).as(secret.body()).isEqualTo(201);
        long secretPaper = secret.json().getInt("id");
        assertThat(secretariat.post("api/meetings/" + meeting + "/agenda/" + draftItem + "/papers",
                "{\"title\":\"Hai nguồn\",\"documentId\":" + draftId + ",\"incomingId\":" + confidential + "}").code())
                .isEqualTo("PAPER_SOURCE_REQUIRED");
        assertThat(secretariat.post("api/meetings/" + meeting + "/agenda/" + draftItem + "/papers",
                "{\"title\":\"Không có\",\"documentId\":987654321}").status()).isEqualTo(404);

        var member = as(invitee);
        var listed = member.get("api/meetings/" + meeting + "/papers");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        JsonArray perItem = array(listed.body());
        assertThat(perItem).hasSize(2);
        assertThat(perItem.getJsonObject(0).getJsonArray("papers").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("title")).containsExactly("Báo cáo kết quả quý IV");
        List<JsonObject> second = perItem.getJsonObject(1).getJsonArray("papers").getValuesAs(JsonObject.class);
        assertThat(second).extracting(p -> p.getString("source")).containsExactly("DOCUMENT", "INCOMING");
        assertThat(second.get(1).getString("incomingNumber", null)).as("a confidential number is not shown").isNull();

        var download = member.getBytes("api/meetings/" + meeting + "/papers/" + paper + "/file");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(file);
        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Disposition")).contains("attachment")
                .contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20qu%C3%BD%20IV.pdf");
        assertThat(member.getBytes("api/meetings/" + meeting + "/papers/" + secretPaper + "/file").status())
                .isEqualTo(404);
        assertThat(member.getBytes("api/incoming/" + confidential + "/file").status())
                .as("the confidential document's file only by its own rules").isEqualTo(404);
        assertThat(as("mai.vt").getBytes("api/meetings/" + meeting + "/papers/" + paper + "/file").status())
                .isEqualTo(200);

        var stranger = as(outsider);
        assertThat(stranger.get("api/meetings/" + meeting + "/papers").status()).isEqualTo(404);
        assertThat(stranger.getBytes("api/meetings/" + meeting + "/papers/" + paper + "/file").status()).isEqualTo(404);
        assertThat(member.getBytes("api/meetings/" + meeting + "/papers/" + 987654321L + "/file").status())
                .isEqualTo(404);

        var browser = PortalClient.anonymous(base());
        browser.formLogin(invitee, DEMO_PASSWORD, null);
        assertThat(browser.get("member/meeting.xhtml?id=" + meeting).body())
                .contains("Báo cáo kết quả quý IV", "api/meetings/" + meeting + "/papers/" + paper + "/file",
                        "Nghị quyết của Thành ủy về cán bộ");
        var office = PortalClient.anonymous(base());
        office.formLogin("vanthu", DEMO_PASSWORD, null);
        var page = office.get("secretariat/meeting.xhtml?id=" + meeting);
        assertThat(page.body()).contains("Báo cáo kết quả quý IV", "Dự thảo Quyết định kiện toàn", "paperForm");
        Map<String, String> attach = new LinkedHashMap<>();
        attach.put("paperForm", "paperForm");
        attach.put("paperForm:item_input", String.valueOf(report));
        attach.put("paperForm:title", "Dự thảo Quyết định (gắn trên màn hình)");
        attach.put("paperForm:documentId_input", String.valueOf(draftId));
        attach.put("paperForm:incomingId_input", "");
        attach.put("paperForm:attach", "");
        attach.put("jakarta.faces.ViewState", PortalClient.viewState(page.body()));
        attach.put("primefaces.nonce", office.nonce());
        var attached = office.postFields("secretariat/meeting.xhtml?id=" + meeting, attach);
        assertThat(attached.status()).isEqualTo(200);
        assertThat(secretariat.get("api/meetings/" + meeting + "/papers").body()).as("attached on the meeting's screen")
                .contains("Dự thảo Quyết định (gắn trên màn hình)");

        assertThat(member.delete("api/meetings/" + meeting + "/papers/" + secretPaper).status()).isEqualTo(403);
        var removed = secretariat.delete("api/meetings/" + meeting + "/papers/" + secretPaper);
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.body()).doesNotContain("Nghị quyết của Thành ủy về cán bộ");
        assertThat(secretariat.delete("api/meetings/" + meeting + "/papers/" + secretPaper).code())
                .isEqualTo("PAPER_NOT_FOUND");

        var minutes = secretariat.post("api/meetings/" + meeting + "/minutes", "");
        assertThat(minutes.status()).as(minutes.body()).isEqualTo(201);
        assertThat(minutes.json().getString("body")).contains(
                "Tài liệu: Báo cáo kết quả quý IV; Dự thảo Quyết định (gắn trên màn hình).",
                "Tài liệu: Dự thảo Quyết định kiện toàn.");
        long minutesId = minutes.json().getInt("id");
        assertThat(secretariat.post("api/documents/" + minutesId + "/submit", "{}").status()).isEqualTo(200);
        assertThat(as("hung.tv").post("api/documents/" + minutesId + "/approve", "{}").status()).isEqualTo(200);
        var issued = secretariat.post("api/documents/" + minutesId + "/issue",
                "{\"issueDate\":\"" + LocalDate.now(VIETNAM) + "\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);

        var late = upload(secretariat, meeting, report, "Phụ lục", "phu-luc.pdf", "application/pdf", pdf("late"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("MEETING_LOCKED");
        assertThat(secretariat.delete("api/meetings/" + meeting + "/papers/" + paper).code()).isEqualTo("MEETING_LOCKED");
        assertThat(member.getBytes("api/meetings/" + meeting + "/papers/" + paper + "/file").bytes()).isEqualTo(file);
    }
}
