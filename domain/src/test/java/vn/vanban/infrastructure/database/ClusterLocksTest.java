package vn.vanban.infrastructure.database;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances starting on one empty database at the same moment, each doing what {@code InitialData} does in one
 * transaction: take the {@code first-start} lock with {@link ClusterLocks#LOCK}, count the accounts, and fill the
 * database if there are none. The filling takes long enough for the other instance to arrive meanwhile; without the
 * lock both would count none and the second insert of {@code admin} would fail, as the second deployment did.
 */
class ClusterLocksTest {


    @Test
    void onH2TheSecondInstanceWaitsForTheFirstAndFindsTheDatabaseFilled() throws Exception {
        // A lock timeout longer than H2's default second: a loaded build machine must not make the waiter give up.
        String url = "jdbc:h2:mem:clusterlocks;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000";
        SchemaMigrations.on(url, "sa", "").migrate();

        twoInstancesFillTheEmptyDatabaseExactlyOnce(url, "sa", "");
    }

    @Test
    void everyLockTheApplicationTakesHasItsRowAfterTheMigrations() throws Exception {
        String url = "jdbc:h2:mem:clusterlockrows;DB_CLOSE_DELAY=-1";
        SchemaMigrations.on(url, "sa", "").migrate();
        List<String> names = new ArrayList<>();
        for (Field field : ClusterLocks.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             var rows = connection.createStatement().executeQuery("SELECT name FROM cluster_lock")) {
            List<String> locks = new ArrayList<>();
            while (rows.next()) {
                locks.add(rows.getString(1));
            }
            assertThat(names).contains(ClusterLocks.FIRST_START, ClusterLocks.AUDIT_SEAL, ClusterLocks.SEARCH_INDEX);
            assertThat(locks).containsAll(names);
        }
    }

    @Test
    void onPostgreSqlTheSecondInstanceWaitsForTheFirstAndFindsTheDatabaseFilled() throws Exception {
        ScratchPostgreSql.run("cluster_locks", url -> {
            twoInstancesFillTheEmptyDatabaseExactlyOnce(url, ScratchPostgreSql.USER, ScratchPostgreSql.PASSWORD);
        });
    }

    private static void twoInstancesFillTheEmptyDatabaseExactlyOnce(String url, String user, String password)
            throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Boolean> instance = () -> {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                connection.setAutoCommit(false);
                together.await();
                boolean filled = fillIfEmpty(connection);
                connection.commit();
                return filled;
            }
        };
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> started = instances.invokeAll(List.of(instance, instance));

            assertThat(List.of(started.get(0).get(), started.get(1).get())).containsExactlyInAnyOrder(true, false);
        } finally {
            instances.shutdownNow();
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
             var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM user_account")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(1);
        }
    }

    /** True if this instance found the database empty and filled it. */
    private static boolean fillIfEmpty(Connection connection) throws SQLException, InterruptedException {
        try (var lock = connection.prepareStatement(ClusterLocks.LOCK)) {
            lock.setString(1, ClusterLocks.FIRST_START);
            try (var rows = lock.executeQuery()) {
                assertThat(rows.next()).as("the first-start lock's row").isTrue();
            }
        }
        try (var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM user_account")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                return false;
            }
        }
        Thread.sleep(500);
        try (var insert = connection.prepareStatement("INSERT INTO user_account (id, username, display_name, "
                + "password_hash, enabled, failed_logins, created, last_modified, version) "
                + "VALUES (1, 'admin', 'Quản trị hệ thống', 'x', TRUE, 0, ?, ?, 0)")) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setTimestamp(1, now);
            insert.setTimestamp(2, now);
            insert.executeUpdate();
        }
        return true;
    }
}
