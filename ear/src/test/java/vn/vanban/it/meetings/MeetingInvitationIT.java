package vn.vanban.it.meetings;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.PdfTools;
import vn.vanban.it.PortalClient;
import vn.vanban.it.TestMailServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting's invitation on the real EAR, through a real SMTP server (GreenMail) and a calendar library (ical4j)
 * reading back what the portal wrote: drafted from the record, issued, signed and published like any document,
 * then mailed to each invitee with an e-mail address with the signed PDF and a METHOD:REQUEST entry; a move sends
 * one update with SEQUENCE 1 (a second save of the same details sends nothing); the cancellation sends
 * METHOD:CANCEL with SEQUENCE 2, once; invitees without an address are named; the audit trail has every step.
 */
class MeetingInvitationIT extends DeployedPortal {

    private static TestMailServer smtp;

    @BeforeAll
    static void startSmtp() {
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
        smtp = TestMailServer.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private PortalClient as(String username) {
        return PortalClient.as(base(), username, DEMO_PASSWORD);
    }

    private List<JsonObject> users() {
        return as("admin").get("api/admin/users?first=0&max=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    /** A committee with its own issuer, so its invitation is Số 01-GM of that issuer. */
    private long committee(String suffix) {
        long issuerId = newIssuer("BAN CHỈ ĐẠO MỜI HỌP", "G" + suffix, "2025-10-20");
        return newCommittee("Ban chỉ đạo mời họp " + suffix, issuerId,
                new String[] {"hung.tv", "Phó Bí thư Thường trực Quận ủy, Trưởng Ban chỉ đạo", "HEAD"},
                new String[] {"lan.nt", "Chủ tịch Liên đoàn Lao động quận", "MEMBER"},
                new String[] {"son.bd", "Bí thư Quận đoàn", "MEMBER"},
                new String[] {"mai.vt", "Chuyên viên Ban Tổ chức Quận ủy, Thư ký Ban chỉ đạo", "STANDING"});
    }

    private String details(long committee, String title, String startsAt, String endsAt, String place) {
        return """
                {"committeeId":%d,"kind":"QUARTERLY_REVIEW","title":"%s","startsAt":"%s","endsAt":"%s","place":"%s",
                 "chairId":%d,"chairPosition":"Trưởng Ban chỉ đạo","secretaryId":%d,
                 "secretaryPosition":"Thư ký Ban chỉ đạo"}""".formatted(committee, title, startsAt, endsAt, place,
                userId("hung.tv"), userId("mai.vt"));
    }

    @Test
    void anInvitationIsSignedPublishedMailedWithItsCalendarEntryThenMovedOnceAndCancelledOnce() throws Exception {
        String suffix = unique();
        long committee = committee(suffix);
        String title = "Hội nghị giao ban quý I năm 2027 " + suffix;
        var secretariat = as("vanthu");
        var scheduled = secretariat.post("api/meetings", details(committee, title, "2027-01-15T08:00",
                "2027-01-15T11:30", "Phòng họp số 2, Quận ủy Long Biên"));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        long meeting = scheduled.json().getInt("id");
        secretariat.post("api/meetings/" + meeting + "/agenda", "{\"title\":\"Báo cáo kết quả quý IV năm 2026\"}");
        secretariat.post("api/meetings/" + meeting + "/attendance", "{\"name\":\"Nguyễn Văn Khách\",\"title\":\"Đại biểu\"}");

        var browser = PortalClient.anonymous(base());
        browser.formLogin("vanthu", DEMO_PASSWORD, null);
        assertThat(browser.get("secretariat/meeting.xhtml?id=" + meeting).body()).contains("Gửi giấy mời")
                .contains("Hủy cuộc họp");
        assertThat(as("lan.nt").post("api/meetings/" + meeting + "/invitation", "").status()).isEqualTo(403);
        var drafted = secretariat.post("api/meetings/" + meeting + "/invitation", "");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        JsonObject invitation = drafted.json();
        long document = invitation.getInt("id");
        assertThat(invitation.getString("type")).isEqualTo("GM");
        assertThat(invitation.getString("body")).contains("trân trọng kính mời").contains("Tới dự:</strong> " + title)
                .contains("8 giờ 00, thứ Sáu, ngày 15 tháng 01 năm 2027 (đến 11 giờ 30)")
                .contains("Phòng họp số 2, Quận ủy Long Biên").contains("1. Báo cáo kết quả quý IV năm 2026.")
                .contains("Đồng chí Nguyễn Văn Khách - Đại biểu");
        assertThat(secretariat.post("api/meetings/" + meeting + "/invitation", "").status()).as("redrafted").isEqualTo(201);

        assertThat(secretariat.post("api/documents/" + document + "/submit", "{}").status()).isEqualTo(200);
        assertThat(as("hung.tv").post("api/documents/" + document + "/approve", "{}").status()).isEqualTo(200);
        var issued = secretariat.post("api/documents/" + document + "/issue", "{}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        String number = issued.json().getString("number");
        assertThat(number).isEqualTo("Số 01-GM/G" + suffix);
        assertThat(secretariat.post("api/meetings/" + meeting + "/invitation", "").code()).isEqualTo("INVITATION_EXISTS");
        assertThat(as("hung.tv").post("api/documents/" + document + "/sign", "").status()).isEqualTo(200);
        assertThat(secretariat.post("api/documents/" + document + "/publish", "").json().getString("status"))
                .isEqualTo("PUBLISHED");

        List<String> withEmail = new ArrayList<>();
        List<String> withoutEmail = new ArrayList<>();
        for (String username : List.of("hung.tv", "lan.nt", "son.bd", "mai.vt")) {
            JsonObject user = users().stream().filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow();
            String email = user.getString("email", "");
            if (email.isBlank()) {
                withoutEmail.add(user.getString("displayName"));
            } else {
                withEmail.add(email);
            }
        }
        withoutEmail.add("Nguyễn Văn Khách");
        assertThat(withEmail).isNotEmpty();

        List<MimeMessage> invitations = smtp.awaitReceived("[Giấy mời] " + title, withEmail.size());
        assertThat(invitations).extracting(TestMailServer::recipient).containsExactlyInAnyOrderElementsOf(withEmail);
        assertThat(smtp.received("[Văn bản mới]").stream().filter(m -> TestMailServer.subject(m).contains(title)).toList())
                .as("no second, plain publication notice").isEmpty();
        MimeMessage first = invitations.get(0);
        Map<String, byte[]> files = attachments(first);
        assertThat(files).as(files.keySet().toString()).containsKeys("application/pdf", "text/calendar");
        assertThat(fileNames(first)).contains("giay-moi.ics").anyMatch(name -> name.startsWith("01-GM_G" + suffix)
                && name.endsWith(".pdf"));
        byte[] pdf = files.get("application/pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfTools.textInReadingOrder(pdf)).contains("GIẤY MỜI").contains(number);
        String ics = new String(files.get("text/calendar"), StandardCharsets.UTF_8);
        assertThat(ics).contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\n")
                .contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20270115T080000");
        VEvent requested = event(ics, "REQUEST");
        String uid = requested.getUid().getValue();
        assertThat(uid).startsWith("meeting-" + meeting + "@");
        assertThat(requested.getSequence().getSequenceNo()).isZero();
        assertThat(requested.getStartDate().getDate().toInstant()).isEqualTo(Instant.parse("2027-01-15T01:00:00Z"));
        assertThat(requested.getSummary().getValue()).isEqualTo(title);
        assertThat(requested.getLocation().getValue()).isEqualTo("Phòng họp số 2, Quận ủy Long Biên");

        JsonObject state = secretariat.get("api/meetings/" + meeting).json().getJsonObject("invitation");
        assertThat(state.getBoolean("sent")).isTrue();
        assertThat(state.getInt("sequence")).isZero();
        assertThat(state.getJsonArray("withoutEmail").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactlyInAnyOrderElementsOf(withoutEmail);

        assertThat(browser.get("secretariat/meeting.xhtml?id=" + meeting).body()).contains("Mở giấy mời (" + number + ")")
                .contains("chưa có địa chỉ e-mail").doesNotContain(">Gửi giấy mời<");

        String moved = details(committee, title, "2027-01-16T14:00", "2027-01-16T16:30", "Hội trường Quận ủy");
        var move = secretariat.put("api/meetings/" + meeting, moved);
        assertThat(move.status()).as(move.body()).isEqualTo(200);
        var sameAgain = secretariat.put("api/meetings/" + meeting, moved);
        assertThat(sameAgain.status()).as("the same details again: " + sameAgain.body()).isEqualTo(200);
        List<MimeMessage> updates = smtp.awaitReceived("[Thay đổi lịch họp] " + title, withEmail.size());
        VEvent updated = event(new String(attachments(updates.get(0)).get("text/calendar"), StandardCharsets.UTF_8), "REQUEST");
        assertThat(updated.getUid().getValue()).isEqualTo(uid);
        assertThat(updated.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(updated.getStartDate().getDate().toInstant()).isEqualTo(Instant.parse("2027-01-16T07:00:00Z"));
        assertThat(updated.getLocation().getValue()).isEqualTo("Hội trường Quận ủy");

        var refused = secretariat.post("api/meetings/" + meeting + "/cancel", "{\"reason\":\" \"}");
        assertThat(refused.code()).isEqualTo("REASON_REQUIRED");
        var cancelled = secretariat.post("api/meetings/" + meeting + "/cancel", "{\"reason\":\"Đồng chí Trưởng ban đi công tác\"}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().getJsonObject("cancellation").getString("reason")).isEqualTo("Đồng chí Trưởng ban đi công tác");
        var again = secretariat.post("api/meetings/" + meeting + "/cancel", "{\"reason\":\"lần nữa\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("MEETING_CANCELLED");
        assertThat(secretariat.put("api/meetings/" + meeting, moved).code()).isEqualTo("MEETING_CANCELLED");
        List<MimeMessage> cancellations = smtp.awaitReceived("[Hủy cuộc họp] " + title, withEmail.size());
        String cancelIcs = new String(attachments(cancellations.get(0)).get("text/calendar"), StandardCharsets.UTF_8);
        VEvent cancelledEvent = event(cancelIcs, "CANCEL");
        assertThat(cancelledEvent.getUid().getValue()).isEqualTo(uid);
        assertThat(cancelledEvent.getSequence().getSequenceNo()).isEqualTo(2);
        assertThat(cancelledEvent.getStatus().getValue()).isEqualTo("CANCELLED");

        Thread.sleep(3000);
        assertThat(smtp.received("[Giấy mời] " + title)).as("each invitee invited once").hasSize(withEmail.size());
        assertThat(smtp.received("[Thay đổi lịch họp] " + title)).as("one update per move").hasSize(withEmail.size());
        assertThat(smtp.received("[Hủy cuộc họp] " + title)).as("one cancellation").hasSize(withEmail.size());

        String entries = as("admin").get("api/admin/audit?subject=meeting:" + meeting + "&max=50").body();
        List<String> audit = Json.createReader(new StringReader(entries)).readArray().getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("action")).toList();
        assertThat(audit).contains("INVITATION_SENT", "INVITATION_UPDATED", "INVITATION_CANCELLED", "MEETING_CANCELLED");
    }

    @Test
    void aMeetingThatHasStartedGetsNoInvitation() {
        String suffix = unique();
        long committee = committee(suffix);
        var scheduled = as("vanthu").post("api/meetings", details(committee, "Phiên họp đã qua " + suffix,
                "2026-01-05T08:00", "2026-01-05T10:00", "Phòng họp"));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);

        var refused = as("vanthu").post("api/meetings/" + scheduled.json().getInt("id") + "/invitation", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("MEETING_STARTED");
        assertThat(refused.body()).contains("đã bắt đầu");
    }

    private static VEvent event(String ics, String method) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        assertThat(calendar.getMethod().getValue()).isEqualTo(method);
        return (VEvent) calendar.getComponent(Component.VEVENT);
    }

    private static List<String> fileNames(MimeMessage message) throws MessagingException, IOException {
        Multipart parts = (Multipart) message.getContent();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            String name = parts.getBodyPart(i).getFileName();
            if (name != null) {
                names.add(MimeUtility.decodeText(name));
            }
        }
        return names;
    }

    /** The attached files by their media type (without parameters). */
    private static Map<String, byte[]> attachments(MimeMessage message) throws MessagingException, IOException {
        Multipart parts = (Multipart) message.getContent();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                    in.transferTo(out);
                    files.put(part.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT), out.toByteArray());
                }
            }
        }
        return files;
    }
}
