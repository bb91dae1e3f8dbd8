package vn.vanban.reports.sign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SoftHSM2 as a PKCS#11 token for tests: a fresh token directory next to the configuration file that
 * {@code SOFTHSM2_CONF} names (the build sets it, under target/), and one token initialised by softhsm2-util.
 */
public final class SoftHsm {

    public static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final Path UTIL = Path.of("/usr/bin/softhsm2-util");
    private static final Pattern SLOT = Pattern.compile("reassigned to slot (\\d+)");

    private SoftHsm() {
    }

    public static boolean available() {
        return Files.isReadable(LIBRARY) && Files.isExecutable(UTIL) && System.getenv("SOFTHSM2_CONF") != null;
    }

    /** Starts from an empty token directory and initialises one token; returns its slot id. */
    public static long initialiseToken(String label, String pin, String soPin) throws IOException, InterruptedException {
        Path configuration = Path.of(System.getenv("SOFTHSM2_CONF"));
        Path tokens = configuration.resolveSibling("tokens");
        deleteRecursively(tokens);
        Files.createDirectories(tokens);
        Files.writeString(configuration, "directories.tokendir = " + tokens.toAbsolutePath() + "\n"
                + "objectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n", StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(UTIL.toString(), "--init-token", "--free", "--label", label,
                "--pin", pin, "--so-pin", soPin).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("softhsm2-util failed: " + output);
        }
        Matcher slot = SLOT.matcher(output);
        if (!slot.find()) {
            throw new IllegalStateException("softhsm2-util did not say the slot: " + output);
        }
        return Long.parseLong(slot.group(1));
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
