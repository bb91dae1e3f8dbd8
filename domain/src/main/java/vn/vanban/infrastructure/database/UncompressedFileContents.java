package vn.vanban.infrastructure.database;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Migration 22: on PostgreSQL, the stored files' contents kept out of line without compression. What the portal
 * stores is PDF, PNG and JPEG, compressed already; by default PostgreSQL still tries pglz on every value over 2 KB
 * and gives up only once it has run over it, which took 3.5 of the 5 ms of storing a signed 200 KB PDF. Values
 * stored before stay as they are and read the same. H2 compresses nothing unless asked, so there it does nothing.
 */
final class UncompressedFileContents implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("22");
    }

    @Override
    public String getDescription() {
        return "uncompressed file contents";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        if (context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            try (Statement statement = context.getConnection().createStatement()) {
                statement.execute("ALTER TABLE stored_file ALTER COLUMN content SET STORAGE EXTERNAL");
            }
        }
    }
}
