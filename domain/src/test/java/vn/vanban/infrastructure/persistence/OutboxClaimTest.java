package vn.vanban.infrastructure.persistence;

import org.junit.jupiter.api.Test;
import vn.vanban.infrastructure.database.SchemaMigrations;
import vn.vanban.infrastructure.database.ScratchPostgreSql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two senders (of two instances) claiming outbox mail at the same moment with {@link JpaOutgoingMailRepository#CLAIM}
 * on the migrated schema: the second never gets the mail the first holds, and neither waits for the other; mail not
 * yet due is left alone.
 */
class OutboxClaimTest {

    private static final Instant NOW = Instant.parse("2026-03-19T01:30:00Z");

    @Test
    void onH2ASecondSenderNeverGetsTheMailTheFirstHolds() throws Exception {
        String url = "jdbc:h2:mem:outboxclaim;DB_CLOSE_DELAY=-1";
        SchemaMigrations.on(url, "sa", "").migrate();

        Optional<Long> second = twoSendersClaimAtOnce(url, "sa", "");

        // H2 applies the row limit before skipping locked rows: the second sender finds nothing this round.
        assertThat(second).isEmpty();
    }

    @Test
    void onPostgreSqlASecondSenderTakesTheNextMailWithoutWaiting() throws Exception {
        ScratchPostgreSql.run("outbox_claim", url -> {
            Optional<Long> second = twoSendersClaimAtOnce(url, ScratchPostgreSql.USER, ScratchPostgreSql.PASSWORD);

            assertThat(second).contains(2L);
        });
    }

    @Test
    void mailSentOrLoggedLongAgoIsForgottenAndMailGivenUpOnOrStillToSendIsKept() throws Exception {
        String url = "jdbc:h2:mem:outboxforget;DB_CLOSE_DELAY=-1";
        SchemaMigrations.on(url, "sa", "").migrate();
        Instant before = NOW.minus(Duration.ofDays(90));
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            for (long id = 1; id <= 5; id++) {
                insert(db, id, NOW);
            }
            end(db, 1, "SENT", before.minusSeconds(1));
            end(db, 2, "LOGGED", before.minusSeconds(1));
            end(db, 3, "SENT", before.plusSeconds(1));
            end(db, 4, "FAILED", before.minusSeconds(1));

            int forgotten;
            try (var forget = db.prepareStatement(JpaOutgoingMailRepository.FORGET_SENT)) {
                forget.setTimestamp(1, Timestamp.from(before));
                forgotten = forget.executeUpdate();
            }

            assertThat(forgotten).isEqualTo(2);
            List<Long> kept = new ArrayList<>();
            try (var rows = db.createStatement().executeQuery("SELECT id FROM mail_outbox ORDER BY id")) {
                while (rows.next()) {
                    kept.add(rows.getLong(1));
                }
            }
            assertThat(kept).containsExactly(3L, 4L, 5L);
        }
    }

    private static void end(Connection db, long id, String status, Instant at) throws SQLException {
        try (var end = db.prepareStatement("UPDATE mail_outbox SET status = ?, sent_at = ? WHERE id = ?")) {
            end.setString(1, status);
            end.setTimestamp(2, Timestamp.from(at));
            end.setLong(3, id);
            end.executeUpdate();
        }
    }

    /** Mail 1 and 2 due, 3 due later; the first sender claims and holds, the second claims meanwhile. */
    private static Optional<Long> twoSendersClaimAtOnce(String url, String user, String password) throws SQLException {
        try (Connection setup = DriverManager.getConnection(url, user, password)) {
            insert(setup, 1, NOW.minusSeconds(20));
            insert(setup, 2, NOW.minusSeconds(10));
            insert(setup, 3, NOW.plusSeconds(60));
        }
        try (Connection first = DriverManager.getConnection(url, user, password);
             Connection second = DriverManager.getConnection(url, user, password)) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);

            assertThat(claim(first)).contains(1L);
            Optional<Long> claimedMeanwhile = claim(second);
            assertThat(claimedMeanwhile).isNotEqualTo(Optional.of(1L));

            try (var sent = first.prepareStatement("UPDATE mail_outbox SET status = 'SENT', sent_at = ? WHERE id = 1")) {
                sent.setTimestamp(1, Timestamp.from(NOW));
                sent.executeUpdate();
            }
            first.commit();
            second.rollback();
            assertThat(claim(second)).as("after the first sender committed").contains(2L);
            second.commit();
            return claimedMeanwhile;
        }
    }

    private static Optional<Long> claim(Connection connection) throws SQLException {
        try (var claim = connection.prepareStatement(JpaOutgoingMailRepository.CLAIM)) {
            claim.setTimestamp(1, Timestamp.from(NOW));
            try (var rows = claim.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private static void insert(Connection connection, long id, Instant due) throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO mail_outbox (id, recipient, subject, text, status,"
                + " created_at, attempts, next_attempt_at) VALUES (?, 'lan.nt@longbien.example.vn', 'Thông báo',"
                + " 'Nội dung', 'PENDING', ?, 0, ?)")) {
            insert.setLong(1, id);
            insert.setTimestamp(2, Timestamp.from(NOW.minusSeconds(30)));
            insert.setTimestamp(3, Timestamp.from(due));
            insert.executeUpdate();
        }
    }
}
