package vn.vanban.domain.model.incoming;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomingFileKindTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void expectRefusal(byte[] content, ErrorCode code) {
        assertThatThrownBy(() -> IncomingFileKind.sniff(content)).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.getCode()).isEqualTo(code));
    }

    @Test
    void aPdfIsRecognisedByItsHeaderEvenAfterLeadingBytes() {
        assertThat(IncomingFileKind.sniff(bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).isEqualTo(IncomingFileKind.PDF);
        assertThat(IncomingFileKind.sniff(bytes("\r\n  %PDF-1.4\n"))).isEqualTo(IncomingFileKind.PDF);
    }

    @Test
    void scansAsPngAndJpegAreRecognisedByTheirSignatures() {
        assertThat(IncomingFileKind.sniff(bytes("\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR")))
                .isEqualTo(IncomingFileKind.PNG);
        assertThat(IncomingFileKind.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}))
                .isEqualTo(IncomingFileKind.JPEG);
    }

    @Test
    void theNameOrClaimedTypeNeverDecidesOnlyTheContentAndOthersAreRefused() {
        expectRefusal(bytes("<html><body>%PDF-1.7 inside a page</body></html>".repeat(40)), ErrorCode.FILE_TYPE_NOT_ALLOWED);
        expectRefusal(bytes("MZ\u0090\u0000 an executable"), ErrorCode.FILE_TYPE_NOT_ALLOWED);
        expectRefusal(bytes("PK\u0003\u0004 a word document"), ErrorCode.FILE_TYPE_NOT_ALLOWED);
        expectRefusal(bytes("GIF89a"), ErrorCode.FILE_TYPE_NOT_ALLOWED);
        expectRefusal(bytes("%PD"), ErrorCode.FILE_TYPE_NOT_ALLOWED);
    }

    @Test
    void anEmptyFileIsMissingAndAnOversizedOneTooLarge() {
        expectRefusal(new byte[0], ErrorCode.FILE_REQUIRED);
        expectRefusal(null, ErrorCode.FILE_REQUIRED);
        byte[] huge = new byte[IncomingFileKind.MAX_BYTES + 1];
        System.arraycopy(bytes("%PDF-1.7"), 0, huge, 0, 8);
        expectRefusal(huge, ErrorCode.FILE_TOO_LARGE);
    }
}
