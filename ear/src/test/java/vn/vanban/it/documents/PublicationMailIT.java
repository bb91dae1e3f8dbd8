package vn.vanban.it.documents;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.PortalDatabase;
import vn.vanban.it.PublishedNotice;
import vn.vanban.it.TestMailServer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    private static TestMailServer smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = TestMailServer.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void publishingANoticeMailsEachMemberOfItsAudienceOnce() throws Exception {
        PublishedNotice notice = PublishedNotice.publish(base());
        String summary = notice.summary();
        String number = notice.number();
        long id = notice.id();

        List<MimeMessage> mine = smtp.awaitReceived(summary, 3);
        assertThat(mine).hasSize(3);
        assertThat(mine).extracting(m -> m.getRecipients(Message.RecipientType.TO)[0].toString())
                .containsExactlyInAnyOrder("hung.tv@longbien.example.vn", "lan.nt@longbien.example.vn",
                        "son.bd@longbien.example.vn");
        MimeMessage first = mine.get(0);
        assertThat(TestMailServer.subject(first)).isEqualTo("[Văn bản mới] Thông báo " + number + ": " + summary);
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
        List<MimeMessage> received = smtp.received(subject);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(recipient);
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
}
