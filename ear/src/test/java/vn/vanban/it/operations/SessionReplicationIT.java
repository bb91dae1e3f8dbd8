package vn.vanban.it.operations;

import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.PortalClient;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An open page survives its session being written out and read back by the real container, as it is when the
 * deployment group moves it to the other instance: {@code redeploy --keepstate} serializes every session of the
 * application, redeploys it, and reads them back, with the same Java serialization. The secretariat stays logged in,
 * and an Ajax postback of the page opened before (paging the documents list, whose view-scoped bean holds the filters)
 * is answered by that page, not by the view-expired or the error page. The real failover of a killed instance is the
 * cluster's test; this one runs on the single managed server.
 */
class SessionReplicationIT extends DeployedPortal {

    private static final Pattern APPLICATION = Pattern.compile("^(vanban-\\d+) ", Pattern.MULTILINE);

    @Test
    void theSecretariatPagesOnInTheDocumentsListAfterTheSessionWasSerializedAndReadBack() throws Exception {
        PortalClient secretariat = PortalClient.anonymous(base());
        assertThat(secretariat.formLogin("vanthu", DEMO_PASSWORD, null).status()).isEqualTo(302);
        PortalClient.Reply list = secretariat.get("secretariat/documents.xhtml");
        assertThat(list.status()).isEqualTo(200);
        String viewState = PortalClient.viewState(list.body());
        String nonce = secretariat.nonce();
        assertThat(page(secretariat, viewState, nonce).body()).contains("<update id=\"listForm:documents\">");

        String application = deployedApplication();
        asadmin("redeploy", "--keepstate=true", "--name", application, System.getProperty("vanban.ear"));

        PortalClient.Reply again = secretariat.get("secretariat/documents.xhtml");
        assertThat(again.status()).as("still logged in").isEqualTo(200);
        PortalClient.Reply paged = page(secretariat, viewState, nonce);
        assertThat(paged.status()).isEqualTo(200);
        assertThat(paged.body()).as("the page opened before answers, with its filters")
                .contains("<update id=\"listForm:documents\">").doesNotContain("jakarta.faces.ViewRoot");
    }

    /** What PrimeFaces sends when the user goes to the first page of the documents table. */
    private static PortalClient.Reply page(PortalClient client, String viewState, String nonce) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "listForm:documents");
        fields.put("jakarta.faces.partial.execute", "listForm:documents");
        fields.put("jakarta.faces.partial.render", "listForm:documents");
        fields.put("listForm:documents", "listForm:documents");
        fields.put("listForm:documents_pagination", "true");
        fields.put("listForm:documents_first", "0");
        fields.put("listForm:documents_rows", "20");
        fields.put("listForm:documents_skipChildren", "true");
        fields.put("listForm:documents_encodeFeature", "true");
        fields.put("listForm", "listForm");
        fields.put("jakarta.faces.ViewState", viewState);
        fields.put("primefaces.nonce", nonce);
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.exchange("POST", "secretariat/documents.xhtml", "application/x-www-form-urlencoded", body,
                "Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest");
    }

    /** The name Arquillian deployed this suite's EAR under. */
    private static String deployedApplication() throws Exception {
        Matcher name = APPLICATION.matcher(asadmin("list-applications"));
        assertThat(name.find()).as("the suite's application is deployed").isTrue();
        return name.group(1);
    }

    private static String asadmin(String... arguments) throws IOException, InterruptedException {
        Path log = Files.createTempFile("asadmin", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("payara.home"), "bin", "asadmin").toString(),
                "--port", System.getProperty("payara.adminPort")));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        String output = Files.readString(log);
        Files.delete(log);
        assertThat(ended && process.exitValue() == 0).as("asadmin %s:%n%s", String.join(" ", arguments), output)
                .isTrue();
        return output;
    }
}
