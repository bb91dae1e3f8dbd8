package vn.vanban.infrastructure.database;

import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations run on the H2 version that Payara ships; PostgreSQL is covered by the integration tests. */
class MigrationsOnH2Test {

    @Test
    void allMigrationsApplyToAnEmptyDatabaseAndCreateTheTables() throws SQLException {
        String url = "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1";
        var result = SchemaMigrations.on(url, "sa", "").migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var rows = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) IN "
                             + "('user_account', 'user_role', 'issuer', 'committee', 'committee_member', 'document', 'document_version', 'document_type', 'register_counter', 'stored_file', 'incoming_document')")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(11);
        }
    }
}
