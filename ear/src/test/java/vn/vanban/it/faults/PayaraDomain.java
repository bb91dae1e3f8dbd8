package vn.vanban.it.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Payara domain of the fault tests' own, on the server the build unpacked: created afresh, started with the
 * portal's environment, killed with SIGKILL, restarted. Not Arquillian's: a test must be able to kill it.
 */
public final class PayaraDomain {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Path payaraHome;
    private final String name;
    private final int portbase;
    private final Map<String, String> environment;
    private final Path log;

    public PayaraDomain(Path payaraHome, String name, int portbase, Map<String, String> environment, Path log) {
        this.payaraHome = payaraHome;
        this.name = name;
        this.portbase = portbase;
        this.environment = environment;
        this.log = log;
    }

    public URI base() {
        return URI.create("http://localhost:" + (portbase + 80) + "/");
    }

    public void recreate() {
        if (Files.isDirectory(domainDirectory())) {
            asadmin("delete-domain", name);
        }
        asadmin("--user", "admin", "--interactive=false", "create-domain", "--nopassword=true",
                "--portbase", String.valueOf(portbase), name);
    }

    public void start() {
        asadmin("start-domain", name);
    }

    public void deploy(Path ear) {
        asadmin("--port", String.valueOf(portbase + 48), "deploy", "--force=true", "--name", "vanban",
                "--contextroot", "/", ear.toString());
    }

    /** SIGKILL to the server's process, as a power cut or the OOM killer would end it; returns once it is gone. */
    public void killNine() throws Exception {
        long pid = Long.parseLong(Files.readString(domainDirectory().resolve("config/pid")).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("No process " + pid));
        server.destroyForcibly();
        server.onExit().get(1, TimeUnit.MINUTES);
    }

    public void stop() {
        if (Files.exists(domainDirectory().resolve("config/pid"))) {
            asadmin("stop-domain", name);
        }
    }

    /**
     * Waits until the portal answers {@code path} with 200: a page of the portal's own, since the server's default
     * page answers {@code /} while the application is still loading.
     */
    public void awaitAnswer(String path) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> reply = http.send(HttpRequest.newBuilder(base().resolve(path))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                if (reply.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(base().resolve(path) + " did not answer 200 within " + START_TIMEOUT);
    }

    private Path domainDirectory() {
        return payaraHome.resolve("glassfish/domains").resolve(name);
    }

    private void asadmin(String... arguments) {
        List<String> command = new ArrayList<>(List.of(payaraHome.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("VANBAN_"));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            if (!process.waitFor(START_TIMEOUT.toMinutes(), TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed; see " + log);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
