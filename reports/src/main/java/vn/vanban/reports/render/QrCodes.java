package vn.vanban.reports.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** QR codes as inline PNG images, for the verification link printed on every document. */
final class QrCodes {

    private static final int SIZE = 240;

    private QrCodes() {
    }

    static String dataUri(String content) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, SIZE, SIZE,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            int width = matrix.getWidth();
            BufferedImage image = new BufferedImage(width, matrix.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            // Straight into the grey bytes: setRGB converted the colour of each of the 57,600 pixels.
            byte[] grey = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < width; x++) {
                    grey[y * width + x] = matrix.get(x, y) ? 0 : (byte) 0xFF;
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as QR code: " + content, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
