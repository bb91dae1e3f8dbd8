package vn.vanban.infrastructure.persistence;

import org.junit.jupiter.api.Test;
import vn.vanban.infrastructure.database.SchemaMigrations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rounds of recognition claiming texts with {@link JpaIncomingTextRepository#CLAIM} on the migrated schema: waiting
 * texts and those of a round silent since before the limit are claimable, in order; a live round's, a finished or a
 * failed one are not; a second round never gets the row the first holds.
 */
class IncomingTextClaimTest {

    private static final Instant NOW = Instant.parse("2026-03-19T02:30:00Z");
    private static final Instant STALE_BEFORE = NOW.minus(Duration.ofMinutes(10));

    @Test
    void waitingAndAbandonedTextsAreClaimedOneRoundAtATime() throws Exception {
        String url = "jdbc:h2:mem:incomingtextclaim;DB_CLOSE_DELAY=-1";
        SchemaMigrations.on(url, "sa", "").migrate();
        try (Connection setup = DriverManager.getConnection(url, "sa", "")) {
            // The texts alone are under test: their documents, files and bodies are left out.
            setup.createStatement().execute("SET REFERENTIAL_INTEGRITY FALSE");
            insert(setup, 1, "DONE", null);
            insert(setup, 2, "RUNNING", NOW.minusSeconds(30));
            insert(setup, 3, "FAILED", null);
            insert(setup, 4, "RUNNING", NOW.minus(Duration.ofMinutes(11)));
            insert(setup, 5, "PENDING", null);
        }
        try (Connection first = DriverManager.getConnection(url, "sa", "");
             Connection second = DriverManager.getConnection(url, "sa", "")) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);

            assertThat(claim(first)).as("the abandoned one first, by id").contains(4L);
            assertThat(claim(second)).isNotEqualTo(Optional.of(4L));
            second.rollback();

            try (var taken = first.prepareStatement(
                    "UPDATE incoming_text SET heartbeat_at = ? WHERE incoming_id = 4")) {
                taken.setTimestamp(1, Timestamp.from(NOW));
                taken.executeUpdate();
            }
            first.commit();

            assertThat(claim(second)).as("once the first round's claim committed").contains(5L);
            second.commit();
        }
    }

    private static Optional<Long> claim(Connection connection) throws SQLException {
        try (var claim = connection.prepareStatement(JpaIncomingTextRepository.CLAIM)) {
            claim.setTimestamp(1, Timestamp.from(STALE_BEFORE));
            try (var rows = claim.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private static void insert(Connection connection, long id, String status, Instant heartbeat) throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO incoming_text (incoming_id, status, pages_done,"
                + " pages_total, attempts, heartbeat_at, created, last_modified, version)"
                + " VALUES (?, ?, 0, 0, 0, ?, ?, ?, 0)")) {
            insert.setLong(1, id);
            insert.setString(2, status);
            insert.setTimestamp(3, heartbeat == null ? null : Timestamp.from(heartbeat));
            insert.setTimestamp(4, Timestamp.from(NOW));
            insert.setTimestamp(5, Timestamp.from(NOW));
            insert.executeUpdate();
        }
    }
}
