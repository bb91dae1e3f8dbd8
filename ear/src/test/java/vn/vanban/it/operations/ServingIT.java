package vn.vanban.it.operations;

import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.PortalClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operations and clients see of the serving itself, on the real EAR: health with the database, every answer
 * naming the instance that gave it, the OpenAPI description, and the bytes on the wire (text compressed, styles and
 * scripts at versioned addresses cached for a year).
 */
class ServingIT extends DeployedPortal {

    private static final Pattern LINKED_RESOURCE = Pattern.compile("(?:src|href)=\"(/jakarta\\.faces\\.resource/[^\"]+)\"");

    @Test
    void healthIsUpAndChecksTheDatabase() {
        var reply = PortalClient.anonymous(base()).get("health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("\"database\"").contains("UP");
    }

    @Test
    void everyAnswerNamesTheInstanceThatGaveIt() {
        var visitor = PortalClient.anonymous(base());
        // A lone domain's instance is "server"; behind nginx the instances of the deployment group name themselves.
        for (var reply : List.of(visitor.get("health"), visitor.get("api/me"), visitor.get("khong-co-trang-nay.xhtml"))) {
            assertThat(reply.header("X-Vanban-Instance")).isEqualTo("server");
        }
    }

    @Test
    void renderingAndSigningWarmUpAfterTheDeployment() throws Exception {
        // The build's environment asks for one sample (VANBAN_WARM_UP_DOCUMENTS); it runs beside the first requests.
        String warmedUp = "Rendering and signing warmed up: 1 sample minutes";
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!serverLog().contains(warmedUp) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }

        assertThat(serverLog()).contains(warmedUp).doesNotContain("The rendering warm-up stopped");
    }

    @Test
    void loadingTheDemoDataAtTheFirstDeploymentNotifiesNoObserverThatFails() throws IOException {
        assertThat(serverLog()).contains("Empty database: demo data loaded").doesNotContain("WELD-000401");
    }

    /** The server's log since the domain was created, the files Payara rotated out of it included. */
    private static String serverLog() throws IOException {
        Path logs = Path.of(System.getProperty("payara.home"), "glassfish", "domains",
                System.getProperty("payara.domain"), "logs");
        try (Stream<Path> files = Files.list(logs)) {
            StringBuilder log = new StringBuilder();
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("server.log")).sorted().toList()) {
                log.append(Files.readString(file, StandardCharsets.ISO_8859_1));
            }
            return log.toString();
        }
    }

    @Test
    void openApiDescribesTheApiResources() {
        var reply = PortalClient.anonymous(base()).get("openapi");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("/api/me").contains("/api/admin/users").contains("/api/admin/issuers")
                .contains("/api/admin/committees");
    }

    /** The style sheets and scripts the news page links, as the page writes them (with {@code &amp;}). */
    private static List<String> linkedResources(String page) {
        Matcher links = LINKED_RESOURCE.matcher(page);
        List<String> found = new ArrayList<>();
        while (links.find()) {
            found.add(links.group(1).replace("&amp;", "&").substring(1));
        }
        return found;
    }

    private static String gunzip(byte[] bytes) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void pagesScriptsStylesJsonAndFeedsAreGzippedForAClientThatAcceptsIt() {
        var visitor = PortalClient.anonymous(base());
        String page = visitor.get("index.xhtml").body();
        List<String> resources = linkedResources(page);
        String script = resources.stream().filter(r -> r.contains(".js")).findFirst().orElseThrow();
        String style = resources.stream().filter(r -> r.contains("portal.css")).findFirst().orElseThrow();
        Map<String, PortalClient> answers = new LinkedHashMap<>();
        answers.put("index.xhtml", visitor);
        answers.put(script, visitor);
        answers.put(style, visitor);
        answers.put("feed/news.atom", visitor);
        answers.put("api/admin/audit", administrator());

        for (var answer : answers.entrySet()) {
            var zipped = answer.getValue().getBytes(answer.getKey(), "Accept-Encoding", "gzip");
            assertThat(zipped.status()).as(answer.getKey()).isEqualTo(200);
            assertThat(zipped.header("Content-Encoding")).as(answer.getKey()).isEqualTo("gzip");
            assertThat(zipped.header("Vary")).as(answer.getKey()).containsIgnoringCase("Accept-Encoding");
            var plain = answer.getValue().getBytes(answer.getKey());
            assertThat(plain.header("Content-Encoding")).as(answer.getKey()).isNull();
            String unzipped = gunzip(zipped.bytes());
            assertThat(zipped.bytes().length).as(answer.getKey()).isLessThan(unzipped.getBytes(StandardCharsets.UTF_8).length / 2);
        }
        assertThat(gunzip(visitor.getBytes("feed/news.atom", "Accept-Encoding", "gzip").bytes())).contains("<feed");
        assertThat(gunzip(administrator().getBytes("api/admin/audit", "Accept-Encoding", "gzip").bytes())).startsWith("[{");
    }

    @Test
    void stylesAndScriptsHaveVersionedAddressesCachedForAYear() {
        String page = PortalClient.anonymous(base()).get("index.xhtml").body();
        List<String> resources = linkedResources(page);

        assertThat(resources).anyMatch(r -> r.contains("portal.css")).anyMatch(r -> r.contains(".js"));
        for (String resource : resources) {
            assertThat(resource).as("a new version is a new address").containsPattern("[?&]v=[0-9A-Za-z._-]+");
            var reply = PortalClient.anonymous(base()).get(resource);
            assertThat(reply.status()).as(resource).isEqualTo(200);
            Matcher maxAge = Pattern.compile("max-age=(\\d+)").matcher(String.valueOf(reply.header("Cache-Control")));
            assertThat(maxAge.find()).as(resource + ": " + reply.header("Cache-Control")).isTrue();
            assertThat(Long.parseLong(maxAge.group(1))).as(resource).isGreaterThanOrEqualTo(365L * 24 * 3600);
        }
    }
}
