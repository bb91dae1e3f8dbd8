package vn.vanban.infrastructure.database;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import javax.sql.DataSource;

/**
 * The portal's schema migrations, as the server and every test that needs the schema run them: the SQL scripts under
 * {@code db/migration}, and the migrations that differ between databases, written in Java.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    public static Flyway on(DataSource dataSource, ClassLoader classLoader) {
        return configured(Flyway.configure(classLoader)).dataSource(dataSource).load();
    }

    public static Flyway on(String url, String user, String password) {
        return configured(Flyway.configure()).dataSource(url, user, password).load();
    }

    private static FluentConfiguration configured(FluentConfiguration configuration) {
        return configuration.locations("classpath:db/migration").javaMigrations(new UncompressedFileContents());
    }
}
