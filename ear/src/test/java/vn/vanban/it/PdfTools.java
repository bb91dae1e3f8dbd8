package vn.vanban.it;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The independent tools of poppler-utils, run on PDFs the portal served. CI installs them; elsewhere tests skip. */
public final class PdfTools {

    private PdfTools() {
    }

    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")) && Files.isExecutable(Path.of("/usr/bin/pdffonts"))
                        && Files.isExecutable(Path.of("/usr/bin/pdfsig")), "poppler-utils (pdftotext, pdffonts, pdfsig) not installed");
    }

    public static String text(byte[] pdf) throws IOException, InterruptedException {
        return run(pdf, "pdftotext", "-enc", "UTF-8", "{}", "-").replaceAll("\\s+", " ");
    }

    /** One line per font, as pdffonts prints it (the "emb" column says whether it is embedded). */
    public static List<String> fonts(byte[] pdf) throws IOException, InterruptedException {
        return run(pdf, "pdffonts", "{}").lines().skip(2).toList();
    }

    /** What pdfsig says of the signatures; it exits 0 even for a broken one, so callers read the text. */
    public static String signatures(byte[] pdf) throws IOException, InterruptedException {
        return run(pdf, "pdfsig", "{}");
    }

    /**
     * The text as PDFBox reads it, for the draft preview: pdftotext takes a rotated watermark apart into letters
     * scattered over the page, PDFBox keeps it one word.
     */
    public static String textInReadingOrder(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    public static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static String run(byte[] pdf, String... command) throws IOException, InterruptedException {
        Path file = Files.createTempFile("vanban-it", ".pdf");
        try {
            Files.write(file, pdf);
            String[] resolved = Arrays.stream(command).map(a -> a.equals("{}") ? file.toString() : a).toArray(String[]::new);
            Process process = new ProcessBuilder(resolved).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + new String(output, StandardCharsets.UTF_8));
            }
            return new String(output, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
