package vn.vanban.infrastructure.ocr;

import vn.vanban.domain.model.incoming.TextFailure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Tesseract program on one image ({@code tesseract <image> stdout -l vie}) and gives the text it read.
 * Its output and errors go to files next to the image, so that neither pipe can fill and stall it; it gets
 * {@code timeout} per image and is killed after that; it uses one thread (OMP_THREAD_LIMIT), since the portal's
 * requests share the machine. A program that is not there fails with {@link TextFailure#OCR_MISSING}, one that exits
 * with an error (its language data missing, say) with {@link TextFailure#OCR_FAILED} and its last words.
 */
public final class Tesseract {

    private static final int DETAIL_LENGTH = 900;

    private final String command;
    private final String languages;
    private final Duration timeout;

    public Tesseract(String command, String languages, Duration timeout) {
        this.command = command;
        this.languages = languages;
        this.timeout = timeout;
    }

    public String recognise(Path image) throws OcrFailed {
        Path output = image.resolveSibling(image.getFileName() + ".out.txt");
        Path errors = image.resolveSibling(image.getFileName() + ".err.txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(command, image.toString(), "stdout", "-l", languages))
                .redirectOutput(output.toFile()).redirectError(errors.toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException missing) {
            throw new OcrFailed(TextFailure.OCR_MISSING, command + ": " + missing.getMessage(), missing);
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new OcrFailed(TextFailure.OCR_TIMEOUT, "no answer within " + timeout.toSeconds() + " s", null);
            }
            if (process.exitValue() != 0) {
                throw new OcrFailed(TextFailure.OCR_FAILED, "exit " + process.exitValue() + ": " + tail(errors), null);
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (InterruptedException stopped) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new OcrFailed(TextFailure.OCR_TIMEOUT, "stopped", stopped);
        } catch (IOException unreadable) {
            throw new OcrFailed(TextFailure.OCR_FAILED, unreadable.getMessage(), unreadable);
        } finally {
            delete(output);
            delete(errors);
        }
    }

    private static String tail(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
        return text.length() <= DETAIL_LENGTH ? text : text.substring(text.length() - DETAIL_LENGTH);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover in the temporary directory is removed with the directory by the caller.
        }
    }
}
