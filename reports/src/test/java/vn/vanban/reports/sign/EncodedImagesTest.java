package vn.vanban.reports.sign;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import vn.vanban.reports.RecentlyUsed;
import vn.vanban.reports.sign.development.DevelopmentImages;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class EncodedImagesTest {

    private final EncodedImages images = new EncodedImages();

    @Test
    void anImageIsEncodedOnceAndEveryCopyShowsTheSamePixelsThroughItsSoftMask() throws Exception {
        BufferedImage seal = ImageIO.read(new ByteArrayInputStream(DevelopmentImages.seal("BAN CHỈ ĐẠO")));
        AtomicInteger encodings = new AtomicInteger();

        try (PDDocument first = new PDDocument(); PDDocument second = new PDDocument()) {
            PDImageXObject a = images.in(first, "seal@300", scratch -> {
                encodings.incrementAndGet();
                return EncodedImages.unchecked(() -> LosslessFactory.createFromImage(scratch, seal));
            });
            PDImageXObject b = images.in(second, "seal@300", scratch -> {
                encodings.incrementAndGet();
                return EncodedImages.unchecked(() -> LosslessFactory.createFromImage(scratch, seal));
            });

            assertThat(encodings).hasValue(1);
            assertThat(a.getCOSObject()).isNotSameAs(b.getCOSObject());
            assertThat(b.getSoftMask()).isNotNull();
            BufferedImage shown = b.getImage();
            assertThat(shown.getWidth()).isEqualTo(seal.getWidth());
            for (int y = 0; y < seal.getHeight(); y += 7) {
                for (int x = 0; x < seal.getWidth(); x += 7) {
                    int expected = seal.getRGB(x, y);
                    if (expected >>> 24 == 0xFF) {
                        assertThat(shown.getRGB(x, y)).as("(%d, %d)", x, y).isEqualTo(expected);
                    } else {
                        assertThat(shown.getRGB(x, y) >>> 24).as("alpha at (%d, %d)", x, y).isEqualTo(expected >>> 24);
                    }
                }
            }
        }
    }

    @Test
    void theLeastRecentlyUsedImageLeavesWhenTheCacheIsFull() throws Exception {
        BufferedImage dot = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i <= EncodedImages.CAPACITY; i++) {
                images.in(document, "dot" + i, scratch -> EncodedImages.unchecked(() -> LosslessFactory.createFromImage(scratch, dot)));
            }
        }
        assertThat(images.size()).isEqualTo(EncodedImages.CAPACITY);
    }
}
