package vn.vanban.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing a notice mails its audience, through a real SMTP server (GreenMail) that the test server is configured
 * to use: each member of the addressed committee gets one message, in Vietnamese, with the link to the document. The
 * mail goes through the outbox, whose rows end marked sent, and mail left there (as by an instance that died right
 * after its commit) is sent by the schedule, once.
 */
class PublicationMailIT extends DeployedPortal {

    private static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("vanban.it.smtpPort", 28025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private PortalClient as(String username) {
        return PortalClient.as(base(), username, DEMO_PASSWORD);
    }

    private long userId(String username) {
        return as("admin").get("api/admin/users?first=0&max=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("username").equals(username))
                .findFirst().orElseThrow().getInt("id");
    }

    @Test
    void publishingANoticeMailsEachMemberOfItsAudienceOnce() throws Exception {
        var admin = as("admin");
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        long issuer = admin.post("api/admin/issuers", """
                {"name":"BAN CHỈ ĐẠO THƯ","parentBody":"QUẬN ỦY LONG BIÊN","symbol":"T%s","placeName":"Long Biên",
                 "numberingRule":"PARTY_PER_TYPE_PER_TERM","termStart":"2025-10-20"}""".formatted(suffix)).json().getInt("id");
        long committee = admin.post("api/admin/committees", """
                {"name":"Tổ công tác thư %s","description":"","issuerId":%d}""".formatted(suffix, issuer)).json().getInt("id");
        for (String member : List.of("hung.tv", "lan.nt", "son.bd")) {
            admin.post("api/admin/committees/" + committee + "/members", """
                    {"userId":%d,"positionTitle":"Thành viên","role":"MEMBER"}""".formatted(userId(member)));
        }
        var secretariat = as("vanthu");
        String summary = "Triệu tập giao ban " + suffix;
        long id = secretariat.post("api/documents", """
                {"issuerId":%d,"typeCode":"TB","summary":"%s","body":"<p>Kính mời</p>","signerId":%d,
                 "signingCapacity":"T/M BAN CHỈ ĐẠO","signerPosition":"TRƯỞNG BAN","audience":"COMMITTEES","committeeIds":[%d]}"""
                .formatted(issuer, summary, userId("hung.tv"), committee)).json().getInt("id");
        secretariat.post("api/documents/" + id + "/submit", "{}");
        as("hung.tv").post("api/documents/" + id + "/approve", "{}");
        String number = secretariat.post("api/documents/" + id + "/issue", "{}").json().getString("number");
        as("hung.tv").post("api/documents/" + id + "/sign", "");
        assertThat(secretariat.post("api/documents/" + id + "/publish", "").json().getString("status")).isEqualTo("PUBLISHED");

        List<MimeMessage> mine = awaitReceived(summary, 3);
        assertThat(mine).hasSize(3);
        assertThat(mine).extracting(m -> m.getRecipients(Message.RecipientType.TO)[0].toString())
                .containsExactlyInAnyOrder("hung.tv@longbien.example.vn", "lan.nt@longbien.example.vn",
                        "son.bd@longbien.example.vn");
        MimeMessage first = mine.get(0);
        assertThat(subject(first)).isEqualTo("[Văn bản mới] Thông báo " + number + ": " + summary);
        assertThat((String) first.getContent()).contains("BAN CHỈ ĐẠO THƯ đã phát hành thông báo " + number)
                .contains("member/document.xhtml?id=" + id);

        List<OutboxRow> outbox = awaitOutbox(summary, rows -> rows.size() == 3
                && rows.stream().allMatch(row -> row.status().equals("SENT")));
        assertThat(outbox).extracting(OutboxRow::recipient).containsExactlyInAnyOrder("hung.tv@longbien.example.vn",
                "lan.nt@longbien.example.vn", "son.bd@longbien.example.vn");
        assertThat(outbox).allSatisfy(row -> {
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(row.sentAt()).isNotNull();
        });
    }

    @Test
    void mailLeftInTheOutboxByAnInstanceThatDiedAfterItsCommitIsSentOnceByTheSchedule() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String subject = "[Văn bản mới] Thư bị bỏ lại " + suffix;
        String recipient = "con.lai." + suffix + "@longbien.example.vn";
        try (Connection db = PortalDatabase.open();
             var insert = db.prepareStatement("INSERT INTO mail_outbox (id, recipient, subject, text, status,"
                     + " created_at, attempts, next_attempt_at) VALUES (?, ?, ?, 'Nội dung', 'PENDING', ?, 0, ?)")) {
            // Far above the ids the server takes from the sequence; a minute old, as left before a crash.
            Timestamp before = Timestamp.from(Instant.now().minusSeconds(60));
            insert.setLong(1, 9_000_000_000L + ThreadLocalRandom.current().nextInt(1_000_000_000));
            insert.setString(2, recipient);
            insert.setString(3, subject);
            insert.setTimestamp(4, before);
            insert.setTimestamp(5, before);
            insert.executeUpdate();
        }

        List<OutboxRow> outbox = awaitOutbox(suffix, rows -> rows.size() == 1 && rows.get(0).status().equals("SENT"));
        assertThat(outbox.get(0).attempts()).isEqualTo(1);
        // One more round of the schedule: a second sending would show now.
        Thread.sleep(6_000);
        List<MimeMessage> received = received(subject);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(recipient);
    }

    /** The messages received whose subject contains {@code subjectPart}, once there are {@code count} (within 30 s). */
    private static List<MimeMessage> awaitReceived(String subjectPart, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<MimeMessage> messages = received(subjectPart);
        while (messages.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(250);
            messages = received(subjectPart);
        }
        return messages;
    }

    private static List<MimeMessage> received(String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(subjectPart)).toList();
    }

    private record OutboxRow(String recipient, String status, int attempts, Timestamp sentAt) {
    }

    /** The outbox rows whose subject contains {@code subjectPart}, once {@code done} holds (within 30 s). */
    private static List<OutboxRow> awaitOutbox(String subjectPart, Predicate<List<OutboxRow>> done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<OutboxRow> rows = outbox(subjectPart);
        while (!done.test(rows) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            rows = outbox(subjectPart);
        }
        assertThat(done.test(rows)).as("outbox rows of %s: %s", subjectPart, rows).isTrue();
        return rows;
    }

    private static List<OutboxRow> outbox(String subjectPart) throws SQLException {
        try (Connection db = PortalDatabase.open();
             var select = db.prepareStatement("SELECT recipient, status, attempts, sent_at FROM mail_outbox"
                     + " WHERE subject LIKE ?")) {
            select.setString(1, "%" + subjectPart + "%");
            List<OutboxRow> rows = new ArrayList<>();
            try (var result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new OutboxRow(result.getString(1), result.getString(2), result.getInt(3),
                            result.getTimestamp(4)));
                }
            }
            return rows;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
