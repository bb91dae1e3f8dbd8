package vn.vanban.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes PostgreSQL plan the rest of a transaction's statements for the values they are given. After five executions
 * of a prepared statement PostgreSQL may switch to one plan made for any value, and takes it when its estimate, made
 * for a word of average frequency, looks cheaper. For the word-index search that plan is the wrong one whenever the
 * words are common: it reads and joins every entry of two words and sorts them, where the plan for the values reads
 * the driving word's newest entries and stops at the first page (1.3 s against 0.1 s for "Ban Tổ chức Thành ủy" over
 * 100,000 incoming documents). H2 plans every execution anyway.
 */
final class CustomPlans {

    private CustomPlans() {
    }

    /** Until the transaction on {@code connection} ends; nothing on other databases. */
    static void forThisTransaction(Connection connection) throws SQLException {
        if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL plan_cache_mode = force_custom_plan");
            }
        }
    }
}
