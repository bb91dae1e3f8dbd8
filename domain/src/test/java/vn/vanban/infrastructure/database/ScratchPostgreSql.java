package vn.vanban.infrastructure.database;


import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A PostgreSQL database of a test's own on 127.0.0.1:5432 (user postgres), migrated to the portal's schema, dropped
 * afterwards; the test is skipped where no PostgreSQL answers. Named after the test and this JVM, so that two builds
 * on one machine do not share it.
 */
public final class ScratchPostgreSql {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    /** What a test does with the database's JDBC URL. */
    @FunctionalInterface
    public interface Use {
        void with(String url) throws Exception;
    }

    private ScratchPostgreSql() {
    }

    public static void run(String name, Use test) throws Exception {
        assumeTrue(answers(), "no PostgreSQL at 127.0.0.1:5432");
        String database = "vanban_test_" + name + "_" + ProcessHandle.current().pid();
        execute("DROP DATABASE IF EXISTS " + database);
        execute("CREATE DATABASE " + database);
        try {
            SchemaMigrations.on(SERVER + database, USER, PASSWORD).migrate();
            test.with(SERVER + database);
        } finally {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static boolean answers() {
        try (Connection ignored = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD)) {
            return true;
        } catch (SQLException unreachable) {
            return false;
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD)) {
            connection.createStatement().execute(sql);
        }
    }
}
