package vn.vanban.reports.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodesTest {

    private static final String LINK = "https://vanban.example.vn/verify.xhtml?code=3f6c1a9e0b7d4c2a";

    @Test
    void theImageIsTheCodeBlackOnWhitePixelForPixel() throws Exception {
        String uri = QrCodes.dataUri(LINK);
        assertThat(uri).startsWith("data:image/png;base64,");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length()))));
        BitMatrix code = new QRCodeWriter().encode(LINK, BarcodeFormat.QR_CODE, 240, 240,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));

        assertThat(image.getWidth()).isEqualTo(code.getWidth());
        assertThat(image.getHeight()).isEqualTo(code.getHeight());
        for (int y = 0; y < code.getHeight(); y++) {
            for (int x = 0; x < code.getWidth(); x++) {
                assertThat(image.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y)
                        .isEqualTo(code.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
    }
}
