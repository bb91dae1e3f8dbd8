package vn.vanban.reports.render;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodeDrawerTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://vanban.example.vn/xac-thuc/abc123",
            "http://localhost:8080/verify.xhtml?document=123456&code=3f6c1a9e0b7d4c2a9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b"})
    void aPhoneReadsTheVerificationLinkFromTheRenderedPage(String link) throws Exception {
        DocumentPage page = PdfRendererTest.page("<p>Ban chỉ đạo phân công theo dõi phường Bồ Đề.</p>", true);
        byte[] pdf = new PdfRenderer().render(new DocumentPage(page.partyLayout(), page.parentBody(),
                page.issuerName(), page.numberText(), page.placeName(), page.issueDate(), page.typeTitle(),
                page.summary(), page.bodyHtml(), page.signingCapacity(), page.signerPosition(), page.signerName(),
                page.recipients(), link));

        assertThat(decoded(lastPageAt150Dpi(pdf))).isEqualTo(link);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 60, 400})
    void eachDarkModuleIsCoveredAndEachLightOneLeftWhite(int linkLength) {
        BitMatrix modules = QrCodeDrawer.modules("https://vanban.example.vn/" + "x".repeat(linkLength));
        double size = 100;
        double module = size / modules.getWidth();
        var shape = QrCodeDrawer.shape(modules, 10, 20, size);

        assertThat(modules.getWidth()).isEqualTo(modules.getHeight());
        for (int row = 0; row < modules.getHeight(); row++) {
            for (int column = 0; column < modules.getWidth(); column++) {
                double centreX = 10 + (column + 0.5) * module;
                double centreY = 20 + (row + 0.5) * module;
                assertThat(shape.contains(centreX, centreY)).as("module %d,%d", column, row)
                        .isEqualTo(modules.get(column, row));
            }
        }
        assertThat(shape.getBounds2D()).satisfies(bounds -> assertThat(new Rectangle2D.Double(10, 20, size, size)
                .contains(bounds)).isTrue());
    }

    private static BufferedImage lastPageAt150Dpi(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 150, ImageType.RGB);
        }
    }

    private static String decoded(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
