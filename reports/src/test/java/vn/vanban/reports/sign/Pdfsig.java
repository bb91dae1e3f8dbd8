package vn.vanban.reports.sign;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** poppler's pdfsig, which exits 0 whatever it finds: what counts is what it prints. */
public final class Pdfsig {

    private Pdfsig() {
    }

    public static boolean installed() {
        return Files.isExecutable(Path.of("/usr/bin/pdfsig"));
    }

    public static String report(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("signed", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroy();
                throw new IllegalStateException("pdfsig did not finish");
            }
            return output;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    public static int validSignatures(String report) {
        return report.split("Signature Validation: Signature is Valid\\.", -1).length - 1;
    }
}
