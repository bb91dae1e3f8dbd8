package vn.vanban.web.api.meetings;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class UploadedNameTest {

    @Test
    void theUtf8BytesOfAVietnameseNameReadAsLatin1AreReadBackAsUtf8() {
        String sent = new String("Báo cáo quý IV.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        assertThat(MeetingsResource.utf8(sent)).isEqualTo("Báo cáo quý IV.pdf");
    }

    @Test
    void aNameThatIsNotSuchUtf8IsKept() {
        assertThat(MeetingsResource.utf8("bao-cao.pdf")).isEqualTo("bao-cao.pdf");
        assertThat(MeetingsResource.utf8("Résumé.pdf")).isEqualTo("Résumé.pdf");
        assertThat(MeetingsResource.utf8("Báo cáo.pdf")).isEqualTo("Báo cáo.pdf");
    }
}
