package vn.vanban.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database of the deployed portal, for tests that check what the portal keeps there rather than what one
 * server holds in memory. On H2 the connection goes through the server's process (the file is opened with
 * AUTO_SERVER); with -Ppostgresql it is the same database the server uses.
 */
final class PortalDatabase {

    private PortalDatabase() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("vanban.it.db"), System.getProperty("vanban.it.dbUser"),
                System.getProperty("vanban.it.dbPassword"));
    }
}
