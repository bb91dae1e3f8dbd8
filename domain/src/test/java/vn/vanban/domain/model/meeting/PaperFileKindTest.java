package vn.vanban.domain.model.meeting;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaperFileKindTest {

    static byte[] office(String part) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : new String[] {"[Content_Types].xml", part}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void expectRefusal(byte[] content, ErrorCode code) {
        assertThatThrownBy(() -> PaperFileKind.sniff(content)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getCode()).isEqualTo(code));
    }

    @Test
    void theKindIsReadFromTheContent() throws IOException {
        assertThat(PaperFileKind.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(PaperFileKind.PDF);
        assertThat(PaperFileKind.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
                .isEqualTo(PaperFileKind.PNG);
        assertThat(PaperFileKind.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo(PaperFileKind.JPEG);
        assertThat(PaperFileKind.sniff(office("word/document.xml"))).isEqualTo(PaperFileKind.DOCX);
        assertThat(PaperFileKind.sniff(office("xl/workbook.xml"))).isEqualTo(PaperFileKind.XLSX);
    }

    @Test
    void anExecutableAPageOfHtmlOrAnyOtherZipIsRefused() throws IOException {
        expectRefusal(new byte[] {'M', 'Z', (byte) 0x90, 0}, ErrorCode.PAPER_FILE_TYPE);
        expectRefusal("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), ErrorCode.PAPER_FILE_TYPE);
        expectRefusal(office("ppt/presentation.xml"), ErrorCode.PAPER_FILE_TYPE);
        expectRefusal(new byte[0], ErrorCode.FILE_REQUIRED);
        expectRefusal(new byte[PaperFileKind.MAX_BYTES + 1], ErrorCode.FILE_TOO_LARGE);
    }
}
