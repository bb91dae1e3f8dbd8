package vn.vanban.web.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class UploadedFileNameTest {

    @Test
    void theUtf8BytesOfAVietnameseNameReadAsLatin1AreReadBackAsUtf8() {
        String sent = new String("Báo cáo quý IV.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        assertThat(UploadedFileName.of(sent)).isEqualTo("Báo cáo quý IV.pdf");
    }

    @Test
    void aNameThatIsNotSuchUtf8IsKept() {
        assertThat(UploadedFileName.of("bao-cao.pdf")).isEqualTo("bao-cao.pdf");
        assertThat(UploadedFileName.of("Résumé.pdf")).isEqualTo("Résumé.pdf");
        assertThat(UploadedFileName.of("Báo cáo.pdf")).isEqualTo("Báo cáo.pdf");
    }
}
