package vn.vanban.application.incoming;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.incoming.IncomingFileKind;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomingFilesTest {

    private static byte[] pdf(boolean encrypted) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 30, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    private static void expectRefusal(byte[] content, ErrorCode code) {
        assertThatThrownBy(() -> IncomingFiles.check(content)).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.getCode()).isEqualTo(code));
    }

    @Test
    void aReadablePdfAndRealScansAreAccepted() throws IOException {
        assertThat(IncomingFiles.check(pdf(false))).isEqualTo(IncomingFileKind.PDF);
        assertThat(IncomingFiles.check(image("png"))).isEqualTo(IncomingFileKind.PNG);
        assertThat(IncomingFiles.check(image("jpeg"))).isEqualTo(IncomingFileKind.JPEG);
    }

    @Test
    void anEncryptedPdfIsRefusedBecauseNobodyCouldReadItLater() throws IOException {
        expectRefusal(pdf(true), ErrorCode.PDF_ENCRYPTED);
    }

    @Test
    void aBrokenPdfOrAnImageThatIsNotOneIsDamaged() throws IOException {
        expectRefusal("%PDF-1.7\nnot a pdf at all".getBytes(StandardCharsets.US_ASCII), ErrorCode.FILE_DAMAGED);
        byte[] png = image("png");
        expectRefusal(Arrays.copyOf(png, 12), ErrorCode.FILE_DAMAGED);
        byte[] jpeg = image("jpeg");
        expectRefusal(Arrays.copyOf(jpeg, 4), ErrorCode.FILE_DAMAGED);
    }
}
