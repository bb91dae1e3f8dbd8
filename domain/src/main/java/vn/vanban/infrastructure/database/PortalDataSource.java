package vn.vanban.infrastructure.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * The portal's one datasource, and the schema migrations that run against it before anything else uses it.
 * <p>
 * The connection comes from the server's environment (Payara expands {@code ${ENV=...}} at deployment), so the
 * same EAR runs on the embedded H2 file database and on PostgreSQL without a rebuild: {@code VANBAN_DB_CLASS},
 * {@code VANBAN_DB_URL}, {@code VANBAN_DB_USER}, {@code VANBAN_DB_PASSWORD}. Flyway owns the schema on both;
 * EclipseLink never generates tables.
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "${ENV=VANBAN_DB_CLASS}",
        url = "${ENV=VANBAN_DB_URL}",
        user = "${ENV=VANBAN_DB_USER}",
        password = "${ENV=VANBAN_DB_PASSWORD}",
        minPoolSize = 1,
        maxPoolSize = 32,
        // Connections are checked before use and all dropped at the first broken one, so that after a database
        // outage the pool serves fresh connections again by itself instead of failing until a restart. A connection
        // is checked at most every few seconds: checking it on every use cost more than the page that used it.
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.validate-atmost-once-period-in-seconds=5",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"})
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/vanban";

    private static final Logger LOG = Logger.getLogger(PortalDataSource.class.getName());

    @Resource(lookup = JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = SchemaMigrations.on(dataSource, getClass().getClassLoader()).migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
