package vn.vanban.it.operations;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.PortalClient;
import vn.vanban.it.PublishedNotice;
import vn.vanban.it.cluster.ClusterCommand;
import vn.vanban.it.cluster.SilentMailServer;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The portal on two Payara instances behind nginx, as {@code mvn -Pcluster package} runs it: the cluster command on
 * a domain, ports and PostgreSQL database of the test's own (see the failsafe properties {@code vanban.it.cluster.*}),
 * started once for the class on an empty database. Everything goes through nginx unless a test names an instance.
 * The tests share the cluster and run in order: an instance killed while it sends a publication's mail comes back,
 * the session survives the kill of its instance, that instance comes back, then a write load loses the other one. PostgreSQL only ({@code -Ppostgresql}): H2 is one process's database.
 * Not an Arquillian suite: its server must not be killed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final boolean POSTGRESQL = String.valueOf(System.getenv("VANBAN_DB_CLASS")).contains("postgresql");
    private static final String DOMAIN = "vanban-cluster-it";
    private static final String DATABASE = System.getProperty("vanban.it.cluster.database", "vanban_cluster_it");
    private static final String POSTGRESQL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final List<String> DEMO_USERS = List.of("admin", "vanthu", "hung.tv", "ha.ltt", "duc.pm", "lan.nt",
            "viet.hq", "son.bd", "tung.dt", "mai.vt");
    private static final int LOAD_SECONDS_BEFORE_KILL = 15;
    private static final int LOAD_SECONDS_AFTER_KILL = 10;
    private static final int REJOIN_SECONDS = 60;
    /** MissingPdfSweep renders a missing PDF at its second sighting, 30 s apart. */
    private static final int MISSING_PDF_SECONDS = 100;
    /** The instances' mail server, on a port of the test's own (none of Payara's port base offsets is 25). */
    private static final int SMTP_PORT = Integer.getInteger("vanban.it.cluster.portbase") + 25;
    /** A mail left pending is sent at the next round (every 5 s); one whose attempt failed, 15 s later. */
    private static final int MAIL_SECONDS = 60;

    private static ClusterCommand cluster;

    @RegisterExtension
    static final TestWatcher LOGS_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (cluster != null) {
                System.err.println("ClusterIT." + context.getDisplayName() + " failed; logs: " + cluster.logs());
            }
        }
    };

    @BeforeAll
    static void startCluster() throws Exception {
        assumeTrue(POSTGRESQL, "a cluster shares one PostgreSQL database: run with -Ppostgresql");
        Path ear = Path.of(System.getProperty("vanban.ear"));
        cluster = new ClusterCommand(Path.of(System.getProperty("vanban.it.cluster.script")),
                Path.of(System.getProperty("payara.home")), Path.of(System.getProperty("vanban.it.cluster.dir")), DOMAIN,
                Integer.getInteger("vanban.it.cluster.portbase"), Integer.getInteger("vanban.it.cluster.nginxPort"),
                POSTGRESQL_SERVER + DATABASE,
                Map.of("VANBAN_DB_USER", System.getenv("VANBAN_DB_USER"),
                        "VANBAN_DB_PASSWORD", System.getenv("VANBAN_DB_PASSWORD"),
                        "VANBAN_KEYSTORE_PASSWORD", UUID.randomUUID().toString(),
                        "VANBAN_DEMO_DATA", "true",
                        "VANBAN_WARM_UP_DOCUMENTS", "1",
                        "VANBAN_MAIL_HOST", "127.0.0.1",
                        "VANBAN_MAIL_PORT", String.valueOf(SMTP_PORT)));
        // What an earlier run left (its domain, and its servers if it was killed itself) goes first.
        cluster.delete();
        recreateDatabase();
        cluster.start(ear);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.stop();
        }
    }

    @Test
    @Order(1)
    void nginxSendsRequestsToBothInstancesWhichFormOneDataGrid() {
        Set<String> answered = new HashSet<>();
        var visitor = PortalClient.anonymous(cluster.nginx());
        for (int i = 0; i < 6; i++) {
            var health = visitor.get("health");
            assertThat(health.status()).as(health.body()).isEqualTo(200);
            answered.add(health.header("X-Vanban-Instance"));
        }
        assertThat(answered).as("instances that answered /health through nginx")
                .containsExactlyInAnyOrderElementsOf(ClusterCommand.INSTANCES);
        var loginRedirect = visitor.get("secretariat/documents.xhtml");
        assertThat(loginRedirect.status()).isEqualTo(302);
        assertThat(loginRedirect.header("X-Vanban-Instance")).as("the login redirect names its instance too")
                .isIn(ClusterCommand.INSTANCES);
        var refused = PortalClient.as(cluster.nginx(), "admin", "not-the-password").get("api/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("X-Vanban-Instance")).as("a refused credential too").isIn(ClusterCommand.INSTANCES);
        assertThat(cluster.asadmin("list-hazelcast-cluster-members")).as("members of the data grid")
                .contains(ClusterCommand.INSTANCES);
    }

    @Test
    @Order(2)
    void bothInstancesStartingOnAnEmptyDatabaseLoadedTheDemoDataOnce() throws Exception {
        for (String instance : ClusterCommand.INSTANCES) {
            var login = PortalClient.anonymous(cluster.instance(instance)).get("login.xhtml");
            assertThat(login.status()).as("the portal deployed on %s", instance).isEqualTo(200);
            assertThat(Files.readString(cluster.serverLog(instance))).as("log of %s", instance)
                    .doesNotContain("Exception while loading the app");
        }
        try (Connection db = database()) {
            assertThat(strings(db, "SELECT username FROM user_account")).as("accounts")
                    .containsExactlyInAnyOrderElementsOf(DEMO_USERS);
            assertThat(strings(db, "SELECT symbol FROM issuer")).as("issuers").containsExactlyInAnyOrder("BCĐ", "QU");
            assertThat(strings(db, "SELECT name FROM committee")).as("committees").hasSize(1);
            assertThat(strings(db, "SELECT summary FROM document")).as("demo documents")
                    .contains("Phân công nhiệm vụ thành viên Ban chỉ đạo").doesNotHaveDuplicates();
            assertThat(strings(db, "SELECT title FROM meeting")).as("demo meetings").isNotEmpty().doesNotHaveDuplicates();
            assertThat(strings(db, "SELECT title FROM article")).as("demo articles").isNotEmpty().doesNotHaveDuplicates();
        }
    }

    @Test
    @Order(3)
    void pagesAndTheApiBehindNginxAcceptTheirOwnOriginAndRefuseAForeignOne() {
        String origin = "http://" + cluster.nginx().getAuthority();
        String committee = "{\"name\":\"Tổ thử sau nginx\",\"description\":\"\"}";
        var browser = loggedIn("admin");

        var foreign = browser.exchange("POST", "api/admin/committees", "application/json", committee,
                "Origin", "https://evil.example");
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(403);
        assertThat(foreign.code()).isEqualTo("CSRF_REJECTED");
        var own = browser.exchange("POST", "api/admin/committees", "application/json", committee, "Origin", origin);
        assertThat(own.status()).as("an API write from the page's own origin: %s", own.body()).isEqualTo(201);

        assertThat(browser.exchange("POST", "logout", null, null, "Origin", "https://evil.example").status())
                .as("logout from another site").isEqualTo(403);
        assertThat(browser.get("api/me").body()).contains("\"username\":\"admin\"");
        var logout = browser.exchange("POST", "logout", null, null, "Origin", origin);
        assertThat(logout.status()).as("logout from the portal's page").isEqualTo(303);
        assertThat(logout.header("Location")).contains("login.xhtml?loggedOut=true");
        assertThat(browser.get("api/me").body()).doesNotContain("\"username\":\"admin\"");
    }

    @Test
    @Order(4)
    void aPasswordResetOnOneInstanceIsRefusedOnTheOtherWithinASecond() throws Exception {
        URI first = cluster.instance(ClusterCommand.INSTANCES.get(0));
        URI second = cluster.instance(ClusterCommand.INSTANCES.get(1));
        var admin = PortalClient.as(first, "admin", DeployedPortal.DEMO_PASSWORD);
        String username = "reset." + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("api/admin/users", """
                {"username":"%s","displayName":"Người thử","password":"Mat-khau-cu-123","roles":["MEMBER"]}""".formatted(username));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        for (URI instance : List.of(first, second, first, second)) {
            assertThat(PortalClient.as(instance, username, "Mat-khau-cu-123").get("api/me").status())
                    .as("the password, checked and remembered on %s", instance).isEqualTo(200);
        }

        assertThat(admin.post("api/admin/users/" + created.json().getInt("id") + "/password", """
                {"password":"Mat-khau-moi-456"}""").status()).isEqualTo(200);
        Thread.sleep(1_000);

        assertThat(PortalClient.as(second, username, "Mat-khau-cu-123").get("api/me").status())
                .as("the old password on the other instance a second after the reset").isEqualTo(401);
        assertThat(PortalClient.as(second, username, "Mat-khau-moi-456").get("api/me").status()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void aClientBehindNginxGetsItsRateLimitOnceForTheCluster() {
        String address = "198.51.100." + (10 + new java.util.Random().nextInt(200));
        List<URI> instances = List.of(cluster.instance(ClusterCommand.INSTANCES.get(0)), cluster.instance(ClusterCommand.INSTANCES.get(1)));
        long started = System.nanoTime();
        int letThrough = 0;
        PortalClient.Reply reply = null;
        for (int n = 0; n < 90; n++) {
            reply = PortalClient.anonymous(instances.get(n % 2)).withHeader("X-Forwarded-For", address)
                    .postBytes("api/verify", "application/pdf", new byte[]{'x'});
            if (reply.status() == 429) {
                break;
            }
            assertThat(reply.code()).isEqualTo("NOT_A_PDF");
            letThrough++;
        }
        double refilled = (System.nanoTime() - started) / 60e9 * 30;
        assertThat(reply.status()).as("a 429 once the cluster's 30 a minute are used, across both instances").isEqualTo(429);
        assertThat(letThrough).as("verifications let through, alternating the instances").isBetween(30, 30 + (int) Math.ceil(refilled));
    }

    @Test
    @Order(6)
    void anArchiveExportStartedOnOneInstanceIsFollowedAndDownloadedOnTheOther() throws Exception {
        var onFirst = PortalClient.as(cluster.instance(ClusterCommand.INSTANCES.get(0)), "vanthu", DeployedPortal.DEMO_PASSWORD);
        var onSecond = PortalClient.as(cluster.instance(ClusterCommand.INSTANCES.get(1)), "vanthu", DeployedPortal.DEMO_PASSWORD);

        var started = onFirst.post("api/register/archives", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String archive = "api/register/archives/" + started.json().getString("id");
        var progress = onSecond.get(archive);
        for (int i = 0; i < 240 && progress.status() == 200 && progress.json().getString("state").equals("RUNNING"); i++) {
            Thread.sleep(500);
            progress = onSecond.get(archive);
        }

        assertThat(progress.status()).as("the progress, asked of the other instance: %s", progress.body()).isEqualTo(200);
        assertThat(progress.json().getString("state")).isEqualTo("DONE");
        var zip = onSecond.getBytes(archive + "/zip");
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.bytes().length).isGreaterThan(1000);
        assertThat(new String(zip.bytes(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    @Order(7)
    void publicationMailOfAnInstanceKilledWhileSendingIsSentOnceByTheOther() throws Exception {
        String publisher = ClusterCommand.INSTANCES.get(0);
        PublishedNotice notice;
        try (SilentMailServer silent = SilentMailServer.on(SMTP_PORT)) {
            notice = PublishedNotice.publish(cluster.instance(publisher));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (silent.connections() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(silent.connections()).as("senders waiting on the mail server when the publisher is killed")
                    .isPositive();
            cluster.kill(publisher);
        }
        GreenMail smtp = mailServerOnTheSilentOnesPort();
        try {
            String sentRows = "SELECT recipient FROM mail_outbox WHERE status = 'SENT' AND subject LIKE '%"
                    + notice.summary() + "'";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAIL_SECONDS);
            try (Connection db = database()) {
                while (strings(db, sentRows).size() < notice.recipients().size() && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                }
                assertThat(strings(db, sentRows)).as("outbox rows sent by the surviving instance within %d s",
                        MAIL_SECONDS).containsExactlyInAnyOrderElementsOf(notice.recipients());
            }
            cluster.startInstance(publisher);
            // A round of each instance's schedule: a second sending would show now.
            Thread.sleep(6_000);
            assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).endsWith(notice.summary()))
                    .map(m -> recipient(m)).toList())
                    .as("the publication's mail received, after the publisher came back")
                    .containsExactlyInAnyOrderElementsOf(notice.recipients());
        } finally {
            smtp.stop();
        }
    }

    @Test
    @Order(8)
    void aMemberRemovedFromTheAudienceOnOneInstanceCannotDownloadOnTheOtherASecondLater() throws Exception {
        URI first = cluster.instance(ClusterCommand.INSTANCES.get(0));
        URI second = cluster.instance(ClusterCommand.INSTANCES.get(1));
        PublishedNotice notice = PublishedNotice.publish(first);
        String pdf = "api/documents/" + notice.id() + "/pdf";
        var member = PortalClient.as(second, "lan.nt", DeployedPortal.DEMO_PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertThat(member.getBytes(pdf).status()).as("the member's download on the other instance, remembered there")
                    .isEqualTo(200);
        }

        var admin = PortalClient.as(first, "admin", DeployedPortal.DEMO_PASSWORD);
        long membership = admin.get("api/admin/committees/" + notice.committeeId()).json().getJsonArray("members")
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("username").equals("lan.nt"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        var removed = admin.exchange("DELETE", "api/admin/committees/" + notice.committeeId() + "/members/" + membership,
                null, null);
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        long removedAt = System.nanoTime();

        int status = member.getBytes(pdf).status();
        while (status == 200 && System.nanoTime() - removedAt < TimeUnit.SECONDS.toNanos(1)) {
            Thread.sleep(50);
            status = member.getBytes(pdf).status();
        }
        assertThat(status).as("the download on the other instance a second after the member left the committee")
                .isEqualTo(404);
        assertThat(PortalClient.as(second, "son.bd", DeployedPortal.DEMO_PASSWORD).getBytes(pdf).status())
                .as("a member still in the committee").isEqualTo(200);
    }

    @Test
    @Order(9)
    void newsPublishedOnOneInstanceIsOnTheOtherInstancesCachedNewsPageWithinASecond() throws Exception {
        URI first = cluster.instance(ClusterCommand.INSTANCES.get(0));
        var reader = PortalClient.anonymous(cluster.instance(ClusterCommand.INSTANCES.get(1)));
        assertThat(reader.get("").status()).as("the news page, rendered and kept by the other instance").isEqualTo(200);
        String title = "Tin từ máy kia " + UUID.randomUUID().toString().substring(0, 8);
        var secretariat = PortalClient.as(first, "vanthu", DeployedPortal.DEMO_PASSWORD);
        long article = secretariat.post("api/news", """
                {"title":"%s","summary":"Tóm tắt","body":"<p>Nội dung</p>"}""".formatted(title)).json().getInt("id");
        assertThat(secretariat.post("api/news/" + article + "/publish", "").status()).isEqualTo(200);
        long publishedAt = System.nanoTime();

        String page = reader.get("").body();
        while (!page.contains(title) && System.nanoTime() - publishedAt < TimeUnit.SECONDS.toNanos(1)) {
            Thread.sleep(50);
            page = reader.get("").body();
        }
        assertThat(page).as("the other instance's news page a second after the publication (it keeps pages 5 s)")
                .contains(title);
    }

    @Test
    @Order(10)
    void aLoggedInSessionSurvivesTheKillOfTheInstanceThatServedIt() {
        var browser = loggedIn("vanthu");
        var list = browser.get("secretariat/documents.xhtml");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        String served = list.header("X-Vanban-Instance");
        String viewState = PortalClient.viewState(list.body());

        cluster.kill(served);
        var filtered = ajax(browser, "secretariat/documents.xhtml", viewState, Map.of(
                "jakarta.faces.source", "listForm:filter",
                "jakarta.faces.partial.execute", "listForm",
                "jakarta.faces.partial.render", "listForm:documents",
                "listForm:filter", "listForm:filter",
                "listForm", "listForm",
                "listForm:q", "Phân công",
                "listForm:status_input", "",
                "listForm:type_input", "",
                "listForm:issuer_input", ""));

        assertThat(filtered.status()).as(filtered.body()).isEqualTo(200);
        assertThat(filtered.header("X-Vanban-Instance")).as("the instance after the kill").isNotEqualTo(served);
        assertThat(filtered.body()).as("the filtered list, on the surviving instance")
                .contains("<partial-response").contains("listForm:documents")
                .contains("Phân công nhiệm vụ thành viên Ban chỉ đạo").doesNotContain("Kiện toàn Ban chỉ đạo")
                .doesNotContain("<redirect").doesNotContain("ViewExpired");
        assertThat(browser.get("api/me").body()).as("who the session is after the kill")
                .contains("\"username\":\"vanthu\"");
    }

    @Test
    @Order(11)
    void aKilledInstanceStartedAgainTakesRequestsAgain() throws Exception {
        List<String> stopped = ClusterCommand.INSTANCES.stream().filter(i -> !cluster.running(i)).toList();
        assumeTrue(!stopped.isEmpty(), "no instance was killed before");
        stopped.forEach(cluster::startInstance);

        Set<String> answered = new HashSet<>();
        var visitor = PortalClient.anonymous(cluster.nginx());
        long deadline = System.nanoTime() + REJOIN_SECONDS * 1_000_000_000L;
        while (!answered.containsAll(stopped) && System.nanoTime() < deadline) {
            answered.add(visitor.get("health").header("X-Vanban-Instance"));
            Thread.sleep(500);
        }
        assertThat(answered).as("instances that answered through nginx within %d s of the restart", REJOIN_SECONDS)
                .containsAll(stopped);
        assertThat(cluster.asadmin("list-hazelcast-cluster-members")).contains(ClusterCommand.INSTANCES);
    }

    @Test
    @Order(12)
    void everyWriteConfirmedAcrossBothInstancesOutlivesTheKillOfOne() throws Exception {
        assumeTrue(ClusterCommand.INSTANCES.stream().allMatch(cluster::running), "both instances run");
        var admin = PortalClient.as(cluster.nginx(), "admin", DeployedPortal.DEMO_PASSWORD);
        long issuerId = WriteLoad.newIssuer(admin);
        WriteLoad load = new WriteLoad(cluster.nginx(), issuerId, admin.userId("hung.tv"));
        load.start(4);
        Thread.sleep(LOAD_SECONDS_BEFORE_KILL * 1000L);
        cluster.kill(ClusterCommand.INSTANCES.get(1));
        Thread.sleep(LOAD_SECONDS_AFTER_KILL * 1000L);
        load.stop();
        Map<Long, WriteLoad.Confirmed> confirmed = load.confirmed();
        assertThat(confirmed.values()).as("documents signed under load").anyMatch(WriteLoad.Confirmed::signed);

        var secretariat = PortalClient.as(cluster.nginx(), "vanthu", DeployedPortal.DEMO_PASSWORD);
        CrashChecks.confirmedWritesAreThere(secretariat, confirmed);
        int issued = CrashChecks.registerIsGapless(secretariat, issuerId);
        CrashChecks.auditChainIsIntact(admin, confirmed.keySet().iterator().next());
        try (Connection db = database()) {
            assertThat(strings(db, """
                    SELECT d.id FROM document d WHERE d.issuer_id = %d AND d.current_version <>
                        (SELECT COUNT(*) FROM document_version v WHERE v.document_id = d.id)""".formatted(issuerId)))
                    .as("documents whose versions are not 1 to the current one").isEmpty();
            String withoutPdf = "SELECT id FROM document WHERE issuer_id = %d AND number_seq IS NOT NULL AND pdf_sha256 IS NULL"
                    .formatted(issuerId);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MISSING_PDF_SECONDS);
            while (!strings(db, withoutPdf).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(2_000);
            }
            assertThat(strings(db, withoutPdf)).as("numbered documents still without their PDF %d s after the kill "
                    + "(the number and the PDF are separate transactions; MissingPdfSweep renders what is missing)",
                    MISSING_PDF_SECONDS).isEmpty();
            assertThat(strings(db, "SELECT COALESCE(SUM(last_number), 0) FROM register_counter WHERE issuer_id = %d"
                    .formatted(issuerId))).as("numbers the counters gave out").containsExactly(String.valueOf(issued));
        }
    }

    /** A browser (cookies, no HTTP Basic) logged in through nginx's login page. */
    private static PortalClient loggedIn(String username) {
        var browser = PortalClient.anonymous(cluster.nginx());
        var login = browser.formLogin(username, DeployedPortal.DEMO_PASSWORD, "/home.xhtml");
        assertThat(login.status()).as("login of %s: %s", username, login.body()).isEqualTo(302);
        return browser;
    }

    /** A JSF Ajax postback as PrimeFaces sends it from the page: its fields, view state and script nonce. */
    private static PortalClient.Reply ajax(PortalClient browser, String path, String viewState, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.putAll(fields);
        form.put("jakarta.faces.ViewState", viewState);
        form.put("primefaces.nonce", browser.nonce());
        String encoded = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.postBytes(path, "application/x-www-form-urlencoded; charset=UTF-8",
                encoded.getBytes(StandardCharsets.UTF_8),
                "Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest",
                "Origin", "http://" + cluster.nginx().getAuthority());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(POSTGRESQL_SERVER + DATABASE, System.getenv("VANBAN_DB_USER"),
                System.getenv("VANBAN_DB_PASSWORD"));
    }

    private static List<String> strings(Connection db, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var statement = db.createStatement(); var rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static void recreateDatabase() throws SQLException {
        try (var connection = DriverManager.getConnection(POSTGRESQL_SERVER + "postgres", System.getenv("VANBAN_DB_USER"),
                System.getenv("VANBAN_DB_PASSWORD"));
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
    }

    /**
     * The real mail server, on the port the silent one has just left: on a loaded machine the port can take a moment
     * to be free again, and GreenMail gives up binding after its startup timeout.
     */
    private static GreenMail mailServerOnTheSilentOnesPort() throws InterruptedException {
        ServerSetup setup = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(10_000);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            GreenMail smtp = new GreenMail(setup);
            try {
                smtp.start();
                return smtp;
            } catch (IllegalStateException notBound) {
                smtp.stop();
                if (System.nanoTime() > deadline) {
                    throw notBound;
                }
                Thread.sleep(1_000);
            }
        }
    }
}
