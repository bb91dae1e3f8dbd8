package vn.vanban.it.cluster;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The cluster of {@code mvn -Pcluster package} (ear/src/main/cluster/cluster.sh), moved by its environment onto a
 * domain, ports, directory and database of the test's own so that it runs beside a developer's cluster, on the
 * Payara the build unpacked for the tests. Not Arquillian's: a test must be able to kill an instance.
 */
public final class ClusterCommand {

    public static final List<String> INSTANCES = List.of("vanban-1", "vanban-2");
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(20);

    private final Path script;
    private final Path payaraHome;
    private final Path directory;
    private final String domain;
    private final int portbase;
    private final int nginxPort;
    private final Map<String, String> environment = new HashMap<>();

    /**
     * @param databaseUrl the PostgreSQL database the instances share
     * @param portalEnvironment the portal's other settings (VANBAN_DB_USER, VANBAN_KEYSTORE_PASSWORD...)
     */
    public ClusterCommand(Path script, Path payaraHome, Path directory, String domain, int portbase, int nginxPort,
                          String databaseUrl, Map<String, String> portalEnvironment) {
        this.script = script;
        this.payaraHome = payaraHome;
        this.directory = directory;
        this.domain = domain;
        this.portbase = portbase;
        this.nginxPort = nginxPort;
        environment.putAll(portalEnvironment);
        environment.put("VANBAN_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
        environment.put("VANBAN_DB_URL", databaseUrl);
        environment.put("VANBAN_CLUSTER_DIR", directory.toString());
        environment.put("VANBAN_CLUSTER_PAYARA_HOME", payaraHome.toString());
        environment.put("VANBAN_CLUSTER_DOMAIN", domain);
        environment.put("VANBAN_CLUSTER_PORTBASE", String.valueOf(portbase));
        environment.put("VANBAN_CLUSTER_NGINX_PORT", String.valueOf(nginxPort));
    }

    /** The portal through nginx, as its users reach it. */
    public URI nginx() {
        return URI.create("http://localhost:" + nginxPort + "/");
    }

    /** One instance directly, past nginx. */
    public URI instance(String name) {
        return URI.create("http://localhost:" + (portbase + 100 * (INSTANCES.indexOf(name) + 1) + 80) + "/");
    }

    /** Creates what is missing, starts both instances at once, deploys the EAR, starts nginx. */
    public void start(Path ear) {
        run("start", ear.toString());
    }

    /** SIGKILL to the instance's JVM; returns once the process is gone. */
    public void kill(String instance) {
        run("kill", instance);
    }

    /** Starts one stopped or killed instance again; returns once it answers. */
    public void startInstance(String instance) {
        run("start-instance", instance);
    }

    /** Stops what runs, then kills whatever did not stop: no test leaves a server behind. */
    public void stop() {
        try {
            run("stop");
        } finally {
            INSTANCES.forEach(instance -> process(instancePidFile(instance), instanceDirectory(instance))
                    .ifPresent(ClusterCommand::kill));
            Path domainDirectory = payaraHome.resolve("glassfish/domains").resolve(domain);
            process(domainDirectory.resolve("config/pid"), domainDirectory).ifPresent(ClusterCommand::kill);
            process(directory.resolve("nginx/nginx.pid"), directory.resolve("nginx")).ifPresent(ClusterCommand::kill);
        }
    }

    /** Stops everything and deletes the domain and its instances: the next start is a first start. */
    public void delete() {
        stop();
        run("delete");
    }

    public boolean running(String instance) {
        return process(instancePidFile(instance), instanceDirectory(instance)).isPresent();
    }

    /** What {@code asadmin} on the cluster's domain prints, e.g. for {@code list-hazelcast-cluster-members}. */
    public String asadmin(String... arguments) {
        List<String> command = new ArrayList<>(List.of(payaraHome.resolve("bin/asadmin").toString(),
                "--port", String.valueOf(portbase + 48)));
        command.addAll(List.of(arguments));
        Path output = directory.resolve("asadmin-output.log");
        execute(command, output, false);
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path serverLog(String instance) {
        return instanceDirectory(instance).resolve("logs/server.log");
    }

    /** Where to look when something went wrong. */
    public String logs() {
        return "the command's output in " + commandLog() + ", the instances' logs "
                + INSTANCES.stream().map(this::serverLog).map(Path::toString).toList()
                + ", nginx's in " + directory.resolve("nginx/logs");
    }

    private Path commandLog() {
        return directory.resolve("cluster.log");
    }

    private Path instanceDirectory(String instance) {
        return payaraHome.resolve("glassfish/nodes").resolve("localhost-" + domain).resolve(instance);
    }

    private Path instancePidFile(String instance) {
        return instanceDirectory(instance).resolve("config/pid");
    }

    private void run(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(arguments));
        execute(command, commandLog(), true);
    }

    private void execute(List<String> command, Path output, boolean append) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(append ? ProcessBuilder.Redirect.appendTo(output.toFile()) : ProcessBuilder.Redirect.to(output.toFile()));
        // Only the settings given here: the failsafe environment is the single-server tests' (H2, their mail server).
        builder.environment().keySet().removeIf(key -> key.startsWith("VANBAN_"));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(directory);
            Process process = builder.start();
            if (!process.waitFor(COMMAND_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end within " + COMMAND_TIMEOUT
                        + "; see " + logs());
            }
            if (process.exitValue() != 0) {
                String asadminOutput = output.equals(commandLog()) ? "" : output + " and ";
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + asadminOutput + logs());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The live process a pid file names, if its command line names the server's directory: after a SIGKILL the file
     * stays, and its number may by now belong to another process.
     */
    private static Optional<ProcessHandle> process(Path pidFile, Path serverDirectory) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().filter(line -> line.contains(serverDirectory.toString())).isPresent());
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static void kill(ProcessHandle process) {
        process.destroyForcibly();
        process.onExit().join();
    }
}
