package vn.vanban.infrastructure.persistence;

import org.junit.jupiter.api.Test;
import vn.vanban.infrastructure.database.SchemaMigrations;
import vn.vanban.infrastructure.database.ScratchPostgreSql;
import vn.vanban.domain.service.search.SearchHit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service changing an article (its update holds the row, then it replaces the article's words) while the search
 * sweep, which found the article stale a moment before, indexes it too: the sweep waits for the service's commit, then
 * finds the article indexed and leaves it. Without the sweep holding the row first, it found the article stale before
 * the commit, its delete waited for the service's and then did not see the service's new words, and its insert failed
 * on the primary key (on H2 and PostgreSQL alike): the 500 a document's issue once answered in CI, when the sweep
 * came by between its approval and its issue. And the other way round: while the sweep holds an article's words, the
 * article itself stays free, as a document stays free for its signers while the words of its issue are indexed.
 */
class ItemWordRowsTest {

    private static final long ARTICLE = 1;
    private static final Timestamp NOW = Timestamp.from(Instant.parse("2026-03-19T02:30:00Z"));
    private static final Timestamp LATER = Timestamp.from(Instant.parse("2026-03-20T00:00:00Z"));

    @Test
    void onH2TheSweepWaitsForTheServiceAndLeavesItsWords() throws Exception {
        // A lock timeout longer than H2's default second: a loaded build machine must not make the sweep give up.
        String url = "jdbc:h2:mem:itemwordrows;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000";
        SchemaMigrations.on(url, "sa", "").migrate();

        theSweepWaitsForTheServiceAndLeavesItsWords(url, "sa", "");
    }

    @Test
    void onPostgreSqlTheSweepWaitsForTheServiceAndLeavesItsWords() throws Exception {
        ScratchPostgreSql.run("item_words", url -> {
            theSweepWaitsForTheServiceAndLeavesItsWords(url, ScratchPostgreSql.USER, ScratchPostgreSql.PASSWORD);
        });
    }

    @Test
    void onH2TheItemIsChangedWhileItsWordsAreIndexed() throws Exception {
        String url = "jdbc:h2:mem:itemwordrows-free;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000";
        SchemaMigrations.on(url, "sa", "").migrate();

        theItemIsChangedWhileItsWordsAreIndexed(url, "sa", "");
    }

    @Test
    void onPostgreSqlTheItemIsChangedWhileItsWordsAreIndexed() throws Exception {
        ScratchPostgreSql.run("item_words_free", url -> {
            theItemIsChangedWhileItsWordsAreIndexed(url, ScratchPostgreSql.USER, ScratchPostgreSql.PASSWORD);
        });
    }

    @Test
    void onH2OnlyTheWordsThatChangedAreWritten() throws Exception {
        String url = "jdbc:h2:mem:itemwordrows-diff;DB_CLOSE_DELAY=-1";
        SchemaMigrations.on(url, "sa", "").migrate();

        onlyTheWordsThatChangedAreWritten(url, "sa", "");
    }

    /**
     * On PostgreSQL each row version carries the transaction that wrote it ({@code xmin}): indexing an article again
     * with the same words, date and reach leaves every row as it was.
     */
    @Test
    void onPostgreSqlOnlyTheWordsThatChangedAreWritten() throws Exception {
        ScratchPostgreSql.run("item_words_diff", url -> {
            onlyTheWordsThatChangedAreWritten(url, ScratchPostgreSql.USER, ScratchPostgreSql.PASSWORD);
            try (Connection connection = DriverManager.getConnection(url, ScratchPostgreSql.USER, ScratchPostgreSql.PASSWORD)) {
                String xmin = "SELECT term || '@' || xmin FROM search_word WHERE kind = 'A' AND item_id = 1";
                List<String> before = rows(connection, xmin);
                new ItemWordRows(connection, SearchHit.Kind.ARTICLE, ARTICLE)
                        .replace(Map.of("tin", "tin", "moi", "mới mỏi", "so", "số"), LATER, 1, 5);
                assertThat(rows(connection, xmin)).containsExactlyInAnyOrderElementsOf(before);
                assertThat(rows(connection, "SELECT indexed_version FROM search_item WHERE kind = 'A' AND item_id = 1"))
                        .containsExactly("5");
            }
        });
    }

    private static void onlyTheWordsThatChangedAreWritten(String url, String user, String password) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            anArticleAtVersion(connection, 4);
            ItemWordRows article = new ItemWordRows(connection, SearchHit.Kind.ARTICLE, ARTICLE);
            article.replace(Map.of("tin", "tin", "cu", "cũ", "moi", "mới"), NOW, 2, 3);

            article.replace(Map.of("tin", "tin", "moi", "mới mỏi", "so", "số"), LATER, 1, 4);

            assertThat(rows(connection, "SELECT term || '=' || exact || '@' || reach FROM search_word"
                    + " WHERE kind = 'A' AND item_id = 1"))
                    .containsExactlyInAnyOrder("tin=tin@1", "moi=mới mỏi@1", "so=số@1");
            try (var dates = connection.createStatement().executeQuery(
                    "SELECT item_date FROM search_word WHERE kind = 'A' AND item_id = 1")) {
                while (dates.next()) {
                    assertThat(dates.getTimestamp(1)).isEqualTo(LATER);
                }
            }
            assertThat(rows(connection, "SELECT indexed_version FROM search_item WHERE kind = 'A' AND item_id = 1"))
                    .containsExactly("4");
        }
    }

    private static void theSweepWaitsForTheServiceAndLeavesItsWords(String url, String user, String password)
            throws Exception {
        try (Connection setup = DriverManager.getConnection(url, user, password)) {
            // Version 2 of the article, indexed at version 1: stale, as an article is between a change that does not
            // index and the sweep.
            anArticleAtVersion(setup, 2);
            new ItemWordRows(setup, SearchHit.Kind.ARTICLE, ARTICLE)
                    .replace(Map.of("tin", "tin", "cu", "cũ"), NOW, 2, 1);
        }
        try (Connection service = DriverManager.getConnection(url, user, password);
             Connection sweep = DriverManager.getConnection(url, user, password)) {
            service.setAutoCommit(false);
            sweep.setAutoCommit(false);
            service.createStatement().executeUpdate("UPDATE article SET body = '<p>mới</p>', version = 3 WHERE id = 1");
            ItemWordRows changed = new ItemWordRows(service, SearchHit.Kind.ARTICLE, ARTICLE);
            changed.hold();
            changed.replace(Map.of("tin", "tin", "moi", "mới"), NOW, 2, 3);

            CompletableFuture<Boolean> swept = CompletableFuture.supplyAsync(() -> {
                try {
                    ItemWordRows found = new ItemWordRows(sweep, SearchHit.Kind.ARTICLE, ARTICLE);
                    boolean stale = found.hold() && found.isStale();
                    if (stale) {
                        found.replace(Map.of("tin", "tin", "cu", "cũ"), NOW, 2, 2);
                    }
                    sweep.commit();
                    return stale;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            assertThat(swept).as("the sweep waits while the service holds the article").isNotDone();
            service.commit();

            assertThat(swept.get(30, TimeUnit.SECONDS)).as("the sweep found it indexed").isFalse();
        }
        try (Connection check = DriverManager.getConnection(url, user, password)) {
            assertThat(rows(check, "SELECT term FROM search_word WHERE kind = 'A' AND item_id = 1"))
                    .containsExactlyInAnyOrder("tin", "moi");
            assertThat(rows(check, "SELECT indexed_version FROM search_item WHERE kind = 'A' AND item_id = 1"))
                    .containsExactly("3");
        }
    }

    /**
     * The sweep indexes an article that a change left stale and has not committed yet; meanwhile another change of the
     * article (a signature of a document) is written at once, instead of waiting for the sweep's commit.
     */
    private static void theItemIsChangedWhileItsWordsAreIndexed(String url, String user, String password)
            throws Exception {
        try (Connection setup = DriverManager.getConnection(url, user, password)) {
            anArticleAtVersion(setup, 2);
            new ItemWordRows(setup, SearchHit.Kind.ARTICLE, ARTICLE).replace(Map.of("tin", "tin"), NOW, 2, 1);
        }
        try (Connection sweep = DriverManager.getConnection(url, user, password);
             Connection change = DriverManager.getConnection(url, user, password)) {
            sweep.setAutoCommit(false);
            ItemWordRows found = new ItemWordRows(sweep, SearchHit.Kind.ARTICLE, ARTICLE);
            assertThat(found.hold() && found.isStale()).isTrue();
            found.replace(Map.of("tin", "tin", "moi", "mới"), NOW, 2, 2);

            CompletableFuture<Integer> changed = CompletableFuture.supplyAsync(() -> {
                try {
                    return change.createStatement().executeUpdate("UPDATE article SET version = 3 WHERE id = 1");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                assertThat(changed.get(10, TimeUnit.SECONDS)).as("the change did not wait for the sweep").isEqualTo(1);
            } finally {
                sweep.commit();
            }
        }
        try (Connection check = DriverManager.getConnection(url, user, password)) {
            assertThat(rows(check, "SELECT term FROM search_word WHERE kind = 'A' AND item_id = 1"))
                    .containsExactlyInAnyOrder("tin", "moi");
            assertThat(rows(check, "SELECT version FROM article WHERE id = 1")).containsExactly("3");
        }
    }

    /** Article 1, by the user 1, at {@code version}. */
    private static void anArticleAtVersion(Connection connection, long version) throws SQLException {
        connection.createStatement().execute("INSERT INTO user_account (id, username, display_name, password_hash,"
                + " enabled, failed_logins, created, last_modified, version)"
                + " VALUES (1, 'vanthu', 'Văn thư', 'x', TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
        connection.createStatement().execute("INSERT INTO article (id, title, body, author_id, status, created,"
                + " last_modified, version) VALUES (1, 'Tin', '<p>cũ</p>', 1, 'DRAFT', CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, " + version + ")");
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
