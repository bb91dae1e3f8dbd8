package vn.vanban.it.operations;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.PortalClient;
import vn.vanban.it.faults.PayaraDomain;
import vn.vanban.it.faults.TcpRelay;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The portal under faults, on a Payara domain of the test's own (vanban-faults, ports from 32100) that it may kill:
 * SIGKILL while documents are being written, and the database unreachable for 30 s. The database is the build's
 * kind (a new H2 file; PostgreSQL with {@code -Ppostgresql}, in a database {@code vanban_bench_faults} of its own,
 * reached through a relay the test can cut). Not an Arquillian suite: Arquillian's server must not be killed.
 */
class FaultsIT {

    private static final String DOMAIN = "vanban-faults";
    private static final int PORTBASE = 32100;
    private static final int RELAY_PORT = 32432;
    private static final int POSTGRESQL_PORT = 5432;
    private static final String POSTGRESQL_DATABASE = "vanban_bench_faults";
    private static final int OUTAGE_SECONDS = 30;
    private static final int LOAD_SECONDS = 20;
    /** As the run command opens H2: without it, H2 writes commits to its file up to 500 ms later, lost to a SIGKILL. */
    private static final String H2_DURABLE_COMMITS = ";WRITE_DELAY=0";

    private static final boolean POSTGRESQL = String.valueOf(System.getenv("VANBAN_DB_CLASS")).contains("postgresql");
    private static PayaraDomain domain;
    private static TcpRelay relay;

    @BeforeAll
    static void startOwnDomain() throws Exception {
        Path target = Path.of(System.getProperty("vanban.ear")).getParent();
        Map<String, String> environment;
        if (POSTGRESQL) {
            recreatePostgresqlDatabase();
            relay = new TcpRelay(RELAY_PORT, POSTGRESQL_PORT);
            relay.open();
            environment = Map.of("VANBAN_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                    "VANBAN_DB_URL", "jdbc:postgresql://127.0.0.1:" + RELAY_PORT + "/" + POSTGRESQL_DATABASE,
                    "VANBAN_DB_USER", System.getenv("VANBAN_DB_USER"),
                    "VANBAN_DB_PASSWORD", System.getenv("VANBAN_DB_PASSWORD"),
                    "VANBAN_DEMO_DATA", "true", "VANBAN_WARM_UP_DOCUMENTS", "1");
        } else {
            environment = Map.of("VANBAN_DB_CLASS", "org.h2.jdbcx.JdbcDataSource",
                    "VANBAN_DB_URL", "jdbc:h2:" + target.resolve("faults-data/vanban-" + System.currentTimeMillis())
                            + H2_DURABLE_COMMITS,
                    "VANBAN_DB_USER", "vanban", "VANBAN_DB_PASSWORD", "vanban", "VANBAN_DEMO_DATA", "true",
                    "VANBAN_WARM_UP_DOCUMENTS", "1");
        }
        Files.createDirectories(target.resolve("faults-data"));
        domain = new PayaraDomain(Path.of(System.getProperty("payara.home")), DOMAIN, PORTBASE, environment,
                target.resolve("faults-data/asadmin.log"));
        domain.recreate();
        domain.start();
        domain.deploy(Path.of(System.getProperty("vanban.ear")));
        domain.awaitAnswer("login.xhtml");
    }

    @AfterAll
    static void stopOwnDomain() {
        if (domain != null) {
            domain.stop();
        }
        if (relay != null) {
            relay.close();
        }
    }

    private static void recreatePostgresqlDatabase() throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + POSTGRESQL_PORT + "/postgres",
                System.getenv("VANBAN_DB_USER"), System.getenv("VANBAN_DB_PASSWORD"));
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + POSTGRESQL_DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + POSTGRESQL_DATABASE);
        }
    }

    private static PortalClient as(String username) {
        return PortalClient.as(domain.base(), username, DeployedPortal.DEMO_PASSWORD);
    }

    @Test
    void everyWriteConfirmedBeforeAKillNineIsThereAfterTheRestartWithItsPdfIntact() throws Exception {
        long issuerId = WriteLoad.newIssuer(as("admin"));
        WriteLoad load = new WriteLoad(domain.base(), issuerId, as("admin").userId("hung.tv"));
        load.start(4);
        Thread.sleep(LOAD_SECONDS * 1000L);
        domain.killNine();
        load.stop();
        Map<Long, WriteLoad.Confirmed> confirmed = load.confirmed();
        assertThat(confirmed.values()).as("documents signed under load before the kill")
                .anyMatch(WriteLoad.Confirmed::signed);

        domain.start();
        domain.awaitAnswer("login.xhtml");

        CrashChecks.confirmedWritesAreThere(as("vanthu"), confirmed);
        CrashChecks.registerIsGapless(as("vanthu"), issuerId);
        CrashChecks.auditChainIsIntact(as("admin"), confirmed.keySet().iterator().next());
    }

    @Test
    void anUnreachableDatabaseAnswers503UntilItReturnsAndThePortalRecoversWithoutARestart() throws Exception {
        assumeTrue(POSTGRESQL, "the database is cut through a relay: PostgreSQL only");
        var secretariat = as("vanthu");
        var visitor = PortalClient.anonymous(domain.base());
        assertThat(secretariat.get("api/documents?first=0&max=1").status()).isEqualTo(200);
        String minutes = "api/documents/" + secretariat.get("api/documents?type=BB&status=PUBLISHED&first=0&max=1")
                .json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue() + "/pdf";
        var before = secretariat.getBytes(minutes);
        assertThat(before.status()).isEqualTo(200);

        relay.cut();
        try {
            // First, while the permission to read them is still remembered: the download log fails, not the check.
            var pdf = secretariat.getBytes(minutes);
            assertThat(pdf.status()).as("the signed minutes just after the database went away").isEqualTo(503);
            assertThat(new String(pdf.bytes(), StandardCharsets.UTF_8)).contains("DATABASE_UNAVAILABLE");
            long end = System.nanoTime() + OUTAGE_SECONDS * 1_000_000_000L;
            while (System.nanoTime() < end) {
                var api = secretariat.get("api/documents?first=0&max=1");
                assertThat(api.status()).as(api.body()).isEqualTo(503);
                assertThat(api.code()).isEqualTo("DATABASE_UNAVAILABLE");
                var page = visitor.get("");
                assertThat(page.status()).as(page.body()).isEqualTo(503);
                assertThat(page.body()).contains("Hệ thống tạm thời không truy cập được cơ sở dữ liệu")
                        .doesNotContain("SQLException").doesNotContain("DatabaseException").doesNotContain("at org.");
                Thread.sleep(2000);
            }
        } finally {
            relay.open();
        }

        long deadline = System.nanoTime() + 60_000_000_000L;
        int status = 0;
        while (System.nanoTime() < deadline && status != 200) {
            Thread.sleep(1000);
            status = secretariat.get("api/documents?first=0&max=1").status();
        }
        assertThat(status).as("the API once the database is back").isEqualTo(200);
        assertThat(visitor.get("").status()).as("the home page once the database is back").isEqualTo(200);
        var after = secretariat.getBytes(minutes);
        assertThat(after.status()).as("the signed minutes once the database is back").isEqualTo(200);
        assertThat(after.bytes()).isEqualTo(before.bytes());
    }
}
