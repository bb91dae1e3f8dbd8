package vn.vanban.application.incoming;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The text layer of a received PDF: read when there is one, a scan told apart, every bound kept. */
class PdfTextLayerTest {

    private static final List<String> BODY = List.of("NGHỊ QUYẾT về tăng cường công tác phát triển đảng viên",
            "Ban Thường vụ Quận ủy Long Biên giao các chi bộ phường Bồ Đề rà soát quần chúng ưu tú");

    @Test
    void aTypedPdfGivesItsTextWithTheDiacritics() throws Exception {
        PdfTextLayer.Extracted layer = PdfTextLayer.STANDARD.read(Scans.textPdf(List.of(BODY)));

        assertThat(layer.usable()).isTrue();
        assertThat(layer.pages()).isEqualTo(1);
        assertThat(layer.text()).contains("phát triển đảng viên").contains("phường Bồ Đề");
    }

    @Test
    void aScannersPdfHasNoUsableText() throws Exception {
        byte[] scan = Scans.imagePdf(List.of(Scans.page(BODY)));

        PdfTextLayer.Extracted layer = PdfTextLayer.STANDARD.read(scan);

        assertThat(layer.usable()).isFalse();
        assertThat(layer.text()).isBlank();
    }

    @Test
    void aPageNumberAloneIsNoTextLayer() throws Exception {
        byte[] stamped = Scans.textPdf(List.of(List.of("Trang 1"), List.of("Trang 2")));

        assertThat(PdfTextLayer.STANDARD.read(stamped).usable()).isFalse();
    }

    @Test
    void onlyTheFirstPagesAreReadUpToTheCap() throws Exception {
        byte[] five = Scans.textPdf(IntStream.rangeClosed(1, 5)
                .mapToObj(n -> List.of("Trang số " + n + " " + BODY.get(0), BODY.get(1))).toList());

        PdfTextLayer.Extracted layer = new PdfTextLayer(2, 100_000, Duration.ofSeconds(10)).read(five);

        assertThat(layer.pages()).isEqualTo(2);
        assertThat(layer.text()).contains("Trang số 1").contains("Trang số 2").doesNotContain("Trang số 3");
    }

    @Test
    void theTextStopsAtTheCharacterCap() throws Exception {
        byte[] five = Scans.textPdf(IntStream.rangeClosed(1, 5).mapToObj(n -> BODY).toList());

        PdfTextLayer.Extracted layer = new PdfTextLayer(100, 120, Duration.ofSeconds(10)).read(five);

        assertThat(layer.text()).hasSizeLessThanOrEqualTo(120).startsWith("NGHỊ QUYẾT");
        assertThat(layer.pages()).isEqualTo(1);
    }

    @Test
    void aSpentTimeBoxStopsTheReading() throws Exception {
        byte[] five = Scans.textPdf(IntStream.rangeClosed(1, 5).mapToObj(n -> BODY).toList());

        PdfTextLayer.Extracted layer = new PdfTextLayer(100, 100_000, Duration.ZERO).read(five);

        assertThat(layer.text()).isEmpty();
        assertThat(layer.usable()).isFalse();
    }

    @Test
    void aFileThatIsNoPdfGivesNothing() {
        PdfTextLayer.Extracted layer = PdfTextLayer.STANDARD.read("%PDF-1.7 then garbage".getBytes());

        assertThat(layer).isEqualTo(new PdfTextLayer.Extracted("", 0, false));
    }
}
