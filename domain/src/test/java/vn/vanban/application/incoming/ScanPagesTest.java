package vn.vanban.application.incoming;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pages of a scanned PDF as images for recognition: at 300 dpi, capped in number and size; blank ones passed. */
class ScanPagesTest {

    @TempDir
    Path work;

    @Test
    void pagesAreDrawnAt300DpiUpToTheCap() throws Exception {
        BufferedImage page = Scans.page(List.of("Nghị quyết"));
        byte[] scan = Scans.imagePdf(List.of(page, page, page));

        try (PdfPageImages images = PdfPageImages.open(scan, 2)) {
            assertThat(images.pages()).isEqualTo(2);
            Optional<Path> first = images.write(0, work.resolve("1.png"));
            assertThat(first).isPresent();
            BufferedImage drawn = ImageIO.read(first.get().toFile());
            assertThat(drawn.getWidth()).isBetween(2478, 2482);
            assertThat(drawn.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        }
    }

    @Test
    void aHugePageIsDrawnNoLargerThanA3() {
        float scale = PdfPageImages.scale(new PDRectangle(200_000, 200_000));

        assertThat(200_000 * scale).isLessThanOrEqualTo(PdfPageImages.MAX_SIDE + 1);
        assertThat(PdfPageImages.scale(PDRectangle.A4)).isEqualTo(300 / 72f);
    }

    @Test
    void aBlankPageIsNotWritten() throws Exception {
        byte[] empty = Scans.imagePdf(List.of(Scans.page(List.of())));

        try (PdfPageImages images = PdfPageImages.open(empty, 20)) {
            assertThat(images.write(0, work.resolve("blank.png"))).isEmpty();
        }
    }

    @Test
    void scansAreToldBlankOrNot() throws Exception {
        assertThat(BlankImages.isBlankScan(Scans.png(Scans.page(List.of())))).isTrue();
        assertThat(BlankImages.isBlankScan(Scans.png(Scans.page(List.of("Bồ Đề"))))).isFalse();
        assertThat(BlankImages.isBlankScan(Scans.png(new BufferedImage(40, 60, BufferedImage.TYPE_BYTE_GRAY)))).isTrue();
    }

    @Test
    void aScanDeclaringTooManyPixelsIsNotDecoded() {
        byte[] header = pngHeader(100_000, 100_000);

        assertThatThrownBy(() -> BlankImages.isBlankScan(header)).isInstanceOf(IOException.class)
                .hasMessageContaining("pixels");
    }

    /** The first chunk of a PNG (IHDR) declaring the size, with no picture after it. */
    private static byte[] pngHeader(int width, int height) {
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes()).putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        return java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4)
                .put(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }
}
