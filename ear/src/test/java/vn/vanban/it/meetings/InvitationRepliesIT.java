package vn.vanban.it.meetings;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.PortalClient;
import vn.vanban.it.TestMailServer;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers to a meeting's invitation on the real EAR, through a real SMTP server (GreenMail): the invitation is
 * published, each invitee's mail carries their personal link; an answer through the link (refused without a reason,
 * then absent, then attending: the last counts, both in the audit trail), answers logged in (a substitute; an
 * invitee without e-mail), the secretariat's list with the unanswered and who has no address, the attendance the
 * answers propose (never over what the secretary recorded), no answer once the meeting has started or is called
 * off, 404 for a token that is not one; and the reminder the day before, to those who come or send someone, once.
 */
class InvitationRepliesIT extends DeployedPortal {

    private static final Pattern LINK = Pattern.compile("invitation\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static TestMailServer smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = TestMailServer.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private PortalClient as(String username) {
        return PortalClient.as(base(), username, DEMO_PASSWORD);
    }

    /** A member with no e-mail address, who gets no invitation mail. */
    private String memberWithoutEmail(String suffix) {
        String username = "khongthu." + suffix.toLowerCase(Locale.ROOT);
        var created = as("admin").post("api/admin/users", """
                {"username":"%s","displayName":"Đinh Văn Không Thư","password":"%s","roles":["MEMBER"]}"""
                .formatted(username, DEMO_PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    /** A committee with its own issuer, the chair, two members, the secretary and {@code extra}. */
    private long committee(String suffix, String extra) {
        long issuerId = newIssuer("BAN CHỈ ĐẠO TRẢ LỜI", "R" + suffix, "2025-10-20");
        return newCommittee("Ban chỉ đạo trả lời " + suffix, issuerId,
                new String[] {"hung.tv", "Trưởng Ban chỉ đạo", "HEAD"},
                new String[] {"lan.nt", "Chủ tịch Liên đoàn Lao động quận", "MEMBER"},
                new String[] {"son.bd", "Bí thư Quận đoàn", "MEMBER"},
                new String[] {"mai.vt", "Thư ký Ban chỉ đạo", "STANDING"},
                new String[] {extra, "Thành viên", "MEMBER"});
    }

    private String details(long committee, String title, String startsAt, String endsAt) {
        return """
                {"committeeId":%d,"kind":"QUARTERLY_REVIEW","title":"%s","startsAt":"%s","endsAt":"%s",
                 "place":"Phòng họp số 2","chairId":%d,"chairPosition":"Trưởng Ban chỉ đạo","secretaryId":%d,
                 "secretaryPosition":"Thư ký Ban chỉ đạo"}""".formatted(committee, title, startsAt, endsAt,
                userId("hung.tv"), userId("mai.vt"));
    }

    /** Schedules the meeting and takes its invitation the whole way to publication; returns the meeting's id. */
    private long invited(long committee, String title, String startsAt, String endsAt) {
        var secretariat = as("vanthu");
        var scheduled = secretariat.post("api/meetings", details(committee, title, startsAt, endsAt));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        long meeting = scheduled.json().getInt("id");
        var drafted = secretariat.post("api/meetings/" + meeting + "/invitation", "");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        long document = drafted.json().getInt("id");
        assertThat(secretariat.post("api/documents/" + document + "/submit", "{}").status()).isEqualTo(200);
        assertThat(as("hung.tv").post("api/documents/" + document + "/approve", "{}").status()).isEqualTo(200);
        var issued = secretariat.post("api/documents/" + document + "/issue", "{}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(as("hung.tv").post("api/documents/" + document + "/sign", "").status()).isEqualTo(200);
        var published = secretariat.post("api/documents/" + document + "/publish", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return meeting;
    }

    private static Map<String, String> tokensByRecipient(List<MimeMessage> invitations) throws Exception {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (MimeMessage message : invitations) {
            Matcher link = LINK.matcher(text(message));
            assertThat(link.find()).as("the personal link in the mail").isTrue();
            tokens.put(TestMailServer.recipient(message), link.group(1));
        }
        return tokens;
    }

    @Test
    void inviteesAnswerByTheirLinkOrLoggedInAndTheSecretariatSeesEveryAnswerAndTheUnanswered() throws Exception {
        String suffix = unique();
        String withoutEmail = memberWithoutEmail(suffix);
        long committee = committee(suffix, withoutEmail);
        String title = "Hội nghị giao ban quý I năm 2027 " + suffix;
        long meeting = invited(committee, title, "2027-01-15T08:00", "2027-01-15T11:30");
        as("vanthu").post("api/meetings/" + meeting + "/attendance", "{\"name\":\"Nguyễn Văn Khách\",\"title\":\"Đại biểu\"}");

        Map<String, String> tokens = tokensByRecipient(smtp.awaitReceived("[Giấy mời] " + title, 4));
        assertThat(tokens).containsOnlyKeys("hung.tv@longbien.example.vn", "lan.nt@longbien.example.vn",
                "son.bd@longbien.example.vn", "mai.vt@longbien.example.vn");
        assertThat(tokens.values()).as("one link each").doesNotHaveDuplicates();
        String lan = tokens.get("lan.nt@longbien.example.vn");

        var anonymous = PortalClient.anonymous(base());
        var opened = anonymous.get("api/invitations/" + lan);
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().getString("name")).isEqualTo("Nguyễn Thị Lan");
        assertThat(opened.json().getString("title")).isEqualTo(title);
        assertThat(none(opened.json(), "reply")).isTrue();
        assertThat(opened.json().getBoolean("open")).isTrue();
        var page = anonymous.get("invitation.xhtml?token=" + lan);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Nguyễn Thị Lan").contains(title).contains("Đồng chí chưa trả lời giấy mời.");

        var noReason = anonymous.post("api/invitations/" + lan, "{\"answer\":\"ABSENT\",\"reason\":\"  \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.code()).isEqualTo("REASON_REQUIRED");
        assertThat(noReason.json().getString("field")).isEqualTo("reason");
        assertThat(anonymous.post("api/invitations/" + lan, "{\"answer\":\"MAYBE\"}").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(none(anonymous.get("api/invitations/" + lan).json(), "reply")).as("nothing stored").isTrue();

        var absent = anonymous.post("api/invitations/" + lan, "{\"answer\":\"ABSENT\",\"reason\":\"Đi công tác Đà Nẵng\"}");
        assertThat(absent.status()).as(absent.body()).isEqualTo(200);
        assertThat(absent.json().getJsonObject("reply").getString("answer")).isEqualTo("ABSENT");
        assertThat(absent.json().getJsonObject("reply").getString("via")).isEqualTo("LINK");
        var attending = anonymous.put("api/invitations/" + lan, "{\"answer\":\"ATTENDING\"}");
        assertThat(attending.status()).as(attending.body()).isEqualTo(200);
        assertThat(attending.json().getJsonObject("reply").getString("answer")).isEqualTo("ATTENDING");
        assertThat(none(attending.json().getJsonObject("reply"), "reason")).isTrue();

        String mai = tokens.get("mai.vt@longbien.example.vn");
        var form = anonymous.get("invitation.xhtml?token=" + mai);
        var sent = anonymous.postFields("invitation.xhtml?token=" + mai, jsfForm("replyForm", "sendReply",
                PortalClient.viewState(form.body()), anonymous.nonce(), "answer", "DELEGATING", "substituteName", " "));
        assertThat(sent.body()).as("refused on the page, what was typed kept").contains("Hãy ghi họ tên đồng chí dự thay.");
        sent = anonymous.postFields("invitation.xhtml?token=" + mai, jsfForm("replyForm", "sendReply",
                PortalClient.viewState(sent.body()), anonymous.nonce(), "answer", "DELEGATING",
                "substituteName", "Trần Thị Thu", "substitutePosition", "Chuyên viên Ban Tổ chức"));
        assertThat(sent.body()).contains("Đã ghi nhận câu trả lời.").contains("Trần Thị Thu");

        var son = as("son.bd").put("api/meetings/" + meeting + "/replies/mine",
                "{\"answer\":\"ABSENT\",\"reason\":\"Dự lớp bồi dưỡng\"}");
        assertThat(son.status()).as(son.body()).isEqualTo(200);
        assertThat(son.json().getJsonObject("reply").getString("via")).isEqualTo("PORTAL");
        var nobody = as(withoutEmail).get("api/meetings/" + meeting + "/replies/mine");
        assertThat(nobody.status()).as("no mail, still invited: " + nobody.body()).isEqualTo(200);
        assertThat(none(nobody.json(), "reply")).isTrue();
        var member = PortalClient.anonymous(base());
        member.formLogin(withoutEmail, DEMO_PASSWORD, null);
        assertThat(member.get("home.xhtml").body()).contains(title).contains("member/meeting.xhtml?id=" + meeting)
                .contains("chưa trả lời");
        var mine = member.get("member/meeting.xhtml?id=" + meeting);
        assertThat(mine.status()).isEqualTo(200);
        var answered = member.postFields("member/meeting.xhtml?id=" + meeting, jsfForm("replyForm", "sendReply",
                PortalClient.viewState(mine.body()), member.nonce(), "answer", "ATTENDING"));
        assertThat(answered.body()).contains("Đã ghi nhận câu trả lời.").contains("Sẽ dự họp");
        assertThat(as("vanthu").get("api/meetings/" + meeting + "/replies/mine").code()).isEqualTo("NOT_INVITED");

        var secretariat = as("vanthu");
        var recorded = secretariat.get("api/meetings/" + meeting).json().getJsonArray("attendees")
                .getValuesAs(JsonObject.class);
        long hungAttendee = recorded.stream().filter(a -> a.getString("name").equals("Trần Văn Hưng")).findFirst()
                .orElseThrow().getInt("id");
        assertThat(secretariat.put("api/meetings/" + meeting + "/attendance/" + hungAttendee,
                "{\"attendance\":\"LATE\",\"reason\":\"Họp Thường trực\"}").status()).isEqualTo(200);
        var hung = as("hung.tv").put("api/meetings/" + meeting + "/replies/mine",
                "{\"answer\":\"ABSENT\",\"reason\":\"Đi công tác\"}");
        assertThat(hung.status()).as(hung.body()).isEqualTo(200);

        var replies = secretariat.get("api/meetings/" + meeting + "/replies");
        assertThat(replies.status()).as(replies.body()).isEqualTo(200);
        JsonObject counts = replies.json().getJsonObject("counts");
        assertThat(counts.getInt("invited")).isEqualTo(6);
        assertThat(counts.getInt("attending")).isEqualTo(2);
        assertThat(counts.getInt("absent")).isEqualTo(2);
        assertThat(counts.getInt("delegating")).isEqualTo(1);
        assertThat(counts.getInt("unanswered")).as("the guest").isEqualTo(1);
        Map<String, JsonObject> byName = new LinkedHashMap<>();
        replies.json().getJsonArray("invitees").getValuesAs(JsonObject.class).forEach(i -> byName.put(i.getString("name"), i));
        assertThat(byName.get("Nguyễn Thị Lan").getJsonObject("reply").getString("answer")).isEqualTo("ATTENDING");
        assertThat(byName.get("Nguyễn Thị Lan").getJsonObject("reply").getString("answeredAt")).isNotBlank();
        assertThat(byName.get("Vũ Thị Mai").getJsonObject("reply").getString("substituteName")).isEqualTo("Trần Thị Thu");
        assertThat(byName.get("Bùi Đức Sơn").getJsonObject("reply").getString("reason")).isEqualTo("Dự lớp bồi dưỡng");
        assertThat(byName.get("Đinh Văn Không Thư").getBoolean("withoutEmail")).isTrue();
        assertThat(byName.get("Nguyễn Thị Lan").getBoolean("withoutEmail")).isFalse();
        assertThat(none(byName.get("Nguyễn Văn Khách"), "reply")).isTrue();

        assertThat(byName.get("Nguyễn Thị Lan").getString("attendance")).as("proposed by the answer").isEqualTo("PRESENT");
        assertThat(byName.get("Nguyễn Thị Lan").getBoolean("attendanceConfirmed")).isFalse();
        assertThat(byName.get("Bùi Đức Sơn").getString("attendance")).isEqualTo("ABSENT");
        assertThat(byName.get("Bùi Đức Sơn").getString("attendanceReason")).isEqualTo("Dự lớp bồi dưỡng");
        assertThat(byName.get("Vũ Thị Mai").getString("attendance")).isEqualTo("ABSENT");
        assertThat(byName.get("Vũ Thị Mai").getString("attendanceReason"))
                .isEqualTo("Cử đồng chí Trần Thị Thu, Chuyên viên Ban Tổ chức dự thay");
        assertThat(byName.get("Trần Văn Hưng").getString("attendance")).as("the secretary's record stays").isEqualTo("LATE");
        assertThat(byName.get("Trần Văn Hưng").getString("attendanceReason")).isEqualTo("Họp Thường trực");
        assertThat(byName.get("Trần Văn Hưng").getJsonObject("reply").getString("answer")).isEqualTo("ABSENT");

        assertThat(as("hung.tv").get("api/meetings/" + meeting + "/replies").status()).as("the chair").isEqualTo(200);
        assertThat(as("lan.nt").get("api/meetings/" + meeting + "/replies").status()).isEqualTo(403);
        var browser = PortalClient.anonymous(base());
        browser.formLogin("vanthu", DEMO_PASSWORD, null);
        assertThat(browser.get("secretariat/meeting.xhtml?id=" + meeting).body()).contains("Trả lời giấy mời")
                .contains("Chưa trả lời").contains("Không có e-mail: gọi điện báo").contains("Trần Thị Thu")
                .contains("Theo câu trả lời giấy mời, chờ thư ký xác nhận");

        var minutes = secretariat.post("api/meetings/" + meeting + "/minutes", "");
        assertThat(minutes.status()).as(minutes.body()).isEqualTo(201);
        assertThat(minutes.json().getString("body")).as("the minutes drafted from the attendance the answers proposed")
                .contains("Bùi Đức Sơn").contains("Dự lớp bồi dưỡng")
                .contains("Cử đồng chí Trần Thị Thu, Chuyên viên Ban Tổ chức dự thay");

        List<String> audit = auditDetails(meeting, "INVITATION_REPLIED");
        assertThat(audit).hasSize(6).contains("Nguyễn Thị Lan: ABSENT: Đi công tác Đà Nẵng (qua đường dẫn trong thư mời)",
                "Nguyễn Thị Lan: ATTENDING (qua đường dẫn trong thư mời)", "Bùi Đức Sơn: ABSENT: Dự lớp bồi dưỡng",
                "Đinh Văn Không Thư: ATTENDING");

        String unknown = lan.substring(0, 42) + (lan.endsWith("A") ? "B" : "A");
        for (String token : List.of(unknown, "khong-co", lan + "x")) {
            var missing = anonymous.get("api/invitations/" + token);
            assertThat(missing.status()).as(token).isEqualTo(404);
            assertThat(missing.code()).isEqualTo("INVITATION_TOKEN_UNKNOWN");
            assertThat(anonymous.post("api/invitations/" + token, "{\"answer\":\"ATTENDING\"}").status()).isEqualTo(404);
        }
        assertThat(anonymous.get("invitation.xhtml?token=" + unknown).status()).isEqualTo(404);

        var moved = secretariat.put("api/meetings/" + meeting, details(committee, title, "2026-01-05T08:00",
                "2026-01-05T10:00"));
        assertThat(moved.status()).as("the meeting is now in the past: " + moved.body()).isEqualTo(200);
        var late = anonymous.post("api/invitations/" + lan, "{\"answer\":\"ABSENT\",\"reason\":\"Ốm\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("MEETING_STARTED");
        assertThat(late.body()).contains("Cuộc họp đã bắt đầu").contains("không nhận trả lời");
        assertThat(as("son.bd").put("api/meetings/" + meeting + "/replies/mine", "{\"answer\":\"ATTENDING\"}").code())
                .isEqualTo("MEETING_STARTED");
        assertThat(anonymous.get("api/invitations/" + lan).json().getBoolean("open")).isFalse();
        assertThat(anonymous.get("invitation.xhtml?token=" + lan).body()).contains("không nhận trả lời nữa")
                .doesNotContain("sendReply");
        assertThat(secretariat.post("api/meetings/" + meeting + "/cancel", "{\"reason\":\"Lùi sang quý sau\"}").status())
                .isEqualTo(200);
        assertThat(anonymous.post("api/invitations/" + lan, "{\"answer\":\"ATTENDING\"}").code())
                .isEqualTo("MEETING_CANCELLED");
        assertThat(anonymous.get("api/invitations/" + lan).json().getJsonObject("reply").getString("answer"))
                .as("still the last answer").isEqualTo("ATTENDING");
        assertThat(auditDetails(meeting, "INVITATION_REPLIED")).as("refusals are not answers").hasSize(6);
    }

    /**
     * The reminder of tomorrow's meeting (in Vietnam; the timer runs every minute): to those who come and to the
     * invitee who sends a substitute, not to the absent, and only once whatever the timer runs after.
     */
    @Test
    void theDayBeforeThoseWhoComeOrSendSomeoneAreRemindedOnce() throws Exception {
        String suffix = unique();
        long committee = committee(suffix, memberWithoutEmail(suffix));
        String title = "Phiên họp ngày mai " + suffix;
        LocalDate tomorrow = LocalDate.now(VIETNAM).plusDays(1);
        long meeting = invited(committee, title, tomorrow + "T14:00", tomorrow + "T16:00");
        Map<String, String> tokens = tokensByRecipient(smtp.awaitReceived("[Giấy mời] " + title, 4));
        var anonymous = PortalClient.anonymous(base());
        assertThat(anonymous.post("api/invitations/" + tokens.get("lan.nt@longbien.example.vn"),
                "{\"answer\":\"ATTENDING\"}").status()).isEqualTo(200);
        assertThat(anonymous.post("api/invitations/" + tokens.get("son.bd@longbien.example.vn"),
                "{\"answer\":\"ABSENT\",\"reason\":\"Nghỉ phép\"}").status()).isEqualTo(200);
        assertThat(as("hung.tv").put("api/meetings/" + meeting + "/replies/mine",
                "{\"answer\":\"DELEGATING\",\"substituteName\":\"Lê Thị Thu Hà\"}").status()).isEqualTo(200);

        List<MimeMessage> reminders = smtp.awaitReceived("[Nhắc lịch họp] " + title, 2);
        assertThat(reminders).extracting(TestMailServer::recipient)
                .containsExactlyInAnyOrder("lan.nt@longbien.example.vn", "hung.tv@longbien.example.vn");
        MimeMessage delegated = reminders.stream().filter(m -> TestMailServer.recipient(m).startsWith("hung.tv")).findFirst().orElseThrow();
        assertThat(text(delegated)).contains("Lê Thị Thu Hà").contains("member/meeting.xhtml?id=" + meeting);

        Thread.sleep(TimeUnit.SECONDS.toMillis(65));
        assertThat(smtp.received("[Nhắc lịch họp] " + title)).as("the next runs remind nobody again").hasSize(2);
        assertThat(String.join("; ", auditDetails(meeting, "INVITATION_REMINDED"))).contains("Nguyễn Thị Lan")
                .contains("Trần Văn Hưng").doesNotContain("Bùi Đức Sơn");
    }

    /** Whether the answer leaves {@code key} out or null (JSON-B leaves nulls out). */
    private static boolean none(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private List<String> auditDetails(long meeting, String action) {
        String entries = as("admin").get("api/admin/audit?subject=meeting:" + meeting + "&max=50").body();
        return Json.createReader(new StringReader(entries)).readArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals(action)).map(e -> e.getString("detail")).toList();
    }

    private static Map<String, String> jsfForm(String formId, String button, String viewState, String nonce,
                                               String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            form.put(formId + ":" + pairs[i], pairs[i + 1]);
        }
        form.put(formId + ":" + button, "");
        form.put("jakarta.faces.ViewState", viewState);
        form.put("primefaces.nonce", nonce);
        return form;
    }

    /** The text of a mail: the body itself, or the first text part of a message with files. */
    private static String text(MimeMessage message) throws MessagingException, IOException {
        Object content = message.getContent();
        if (content instanceof String text) {
            return text;
        }
        Multipart parts = (Multipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain") && part.getFileName() == null) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no text part");
    }
}
