package vn.vanban.infrastructure.ocr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.application.incoming.Scans;
import vn.vanban.domain.model.incoming.TextFailure;
import vn.vanban.domain.service.search.Folding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real Tesseract with its Vietnamese data (installed here and in CI, as the portal needs it): a scan of typed
 * Vietnamese is read back, its words found accent-insensitively as search finds them; a missing program and missing
 * language data are told apart.
 */
class TesseractTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @TempDir
    Path work;

    @Test
    void aScanOfVietnameseTextIsReadBack() throws Exception {
        Path scan = scan("Nghị quyết về phát triển đảng viên", "Ban Thường vụ Quận ủy Long Biên");

        String text = new Tesseract("tesseract", "vie", MINUTE).recognise(scan);

        assertThat(Folding.fold(text)).contains("nghi quyet").contains("dang vien").contains("long bien");
    }

    @Test
    void aMissingProgramFailsWithItsOwnReason() throws Exception {
        Path scan = scan("Nghị quyết");

        assertThatThrownBy(() -> new Tesseract("/nonexistent/tesseract", "vie", MINUTE).recognise(scan))
                .isInstanceOfSatisfying(OcrFailed.class, failed -> {
                    assertThat(failed.reason()).isEqualTo(TextFailure.OCR_MISSING);
                    assertThat(failed.getMessage()).contains("/nonexistent/tesseract");
                });
    }

    @Test
    void missingLanguageDataFailsWithWhatTheProgramSaid() throws Exception {
        Path scan = scan("Nghị quyết");

        assertThatThrownBy(() -> new Tesseract("tesseract", "xyzzy", MINUTE).recognise(scan))
                .isInstanceOfSatisfying(OcrFailed.class, failed -> {
                    assertThat(failed.reason()).isEqualTo(TextFailure.OCR_FAILED);
                    assertThat(failed.getMessage()).contains("xyzzy");
                });
    }

    private Path scan(String... lines) throws Exception {
        return Files.write(work.resolve("scan.png"), Scans.png(Scans.page(List.of(lines))));
    }
}
