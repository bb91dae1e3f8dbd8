package vn.vanban.reports.sign.development;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class DevelopmentImagesTest {

    @Test
    void theSignatureIsATransparentPngWithInkStrokes() throws IOException {
        BufferedImage image = read(DevelopmentImages.signature("Nguyễn Thị Thanh Hương"));

        assertThat(image.getWidth()).isEqualTo(DevelopmentImages.SIGNATURE_WIDTH);
        assertThat(image.getHeight()).isEqualTo(DevelopmentImages.SIGNATURE_HEIGHT);
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(alpha(image, 0, 0)).isZero();
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if (alpha(image, x, y) > 200 && (argb & 0xff) > ((argb >> 16) & 0xff) + 40) {
                    ink++;
                }
            }
        }
        assertThat(ink).isGreaterThan(2000);
    }

    @Test
    void differentPeopleGetDifferentSignatures() {
        assertThat(DevelopmentImages.signature("Trần Văn Hưng")).isNotEqualTo(DevelopmentImages.signature("Vũ Thị Mai"));
    }

    @Test
    void theSealIsARoundRedTransparentPng() throws IOException {
        BufferedImage image = read(DevelopmentImages.seal("Quận ủy Long Biên"));
        int size = DevelopmentImages.SEAL_SIZE;

        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        assertThat(alpha(image, 2, 2)).as("outside the circle").isZero();
        assertThat(alpha(image, size - 3, size - 3)).isZero();
        int rim = image.getRGB(size / 2, size / 2 - 283);
        assertThat(alpha(image, size / 2, size / 2 - 283)).isEqualTo(255);
        assertThat((rim >> 16) & 0xff).isGreaterThan(180);
        assertThat((rim >> 8) & 0xff).isLessThan(60);
        assertThat(alpha(image, size / 2 + 150, size / 2 + 150)).as("inside, between the rings and the text").isZero();
    }

    @Test
    void theSealOfAnotherOrganisationDiffers() {
        assertThat(DevelopmentImages.seal("Quận ủy Long Biên")).isNotEqualTo(DevelopmentImages.seal("Đảng ủy phường Bồ Đề"));
    }

    private static BufferedImage read(byte[] png) throws IOException {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }
}
