package vn.vanban.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The test server's database, for tests that act as another instance sharing it would (writing a row its server
 * then finds) or that look at what no API shows. H2 lets this second process in through the server it started for
 * the file (AUTO_SERVER in the build's URL).
 */
public final class PortalDatabase {

    private PortalDatabase() {
    }

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(System.getProperty("vanban.it.db"), System.getenv("VANBAN_DB_USER"),
                System.getenv("VANBAN_DB_PASSWORD"));
    }
}
