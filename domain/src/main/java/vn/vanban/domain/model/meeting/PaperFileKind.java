package vn.vanban.domain.model.meeting;

import vn.vanban.domain.model.incoming.IncomingFileKind;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.nio.charset.StandardCharsets;

/**
 * The kinds of file a meeting paper may be: a PDF, a Word document or an Excel workbook (the drafts and reports
 * as their authors wrote them), or a scan as PNG or JPEG. The kind is read from the content, never from the name
 * or the type the browser claims, so a renamed executable or a page of HTML is refused with
 * {@link ErrorCode#PAPER_FILE_TYPE} and every paper is served with the type it really has. The size limit is the
 * incoming documents' one.
 */
public enum PaperFileKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    public static final int MAX_BYTES = IncomingFileKind.MAX_BYTES;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /*
     * An Office file is a ZIP whose entry names are stored uncompressed: the part that makes it a Word document or
     * a workbook is found by name without inflating anything, so a ZIP bomb costs nothing to refuse or accept.
     */
    private static final byte[] OFFICE_TYPES = "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WORD_PART = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXCEL_PART = "xl/workbook.xml".getBytes(StandardCharsets.US_ASCII);

    private final String mediaType;
    private final String extension;

    PaperFileKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The kind of {@code content}, or a refusal: FILE_REQUIRED, FILE_TOO_LARGE or PAPER_FILE_TYPE. */
    public static PaperFileKind sniff(byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException(ErrorCode.FILE_REQUIRED, "file");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainException(ErrorCode.FILE_TOO_LARGE, "file");
        }
        if (startsWith(content, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(content, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(content, ZIP_MAGIC) && contains(content, OFFICE_TYPES)) {
            if (contains(content, WORD_PART)) {
                return DOCX;
            }
            if (contains(content, EXCEL_PART)) {
                return XLSX;
            }
        }
        throw new DomainException(ErrorCode.PAPER_FILE_TYPE, "file");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && regionMatches(content, 0, magic);
    }

    private static boolean contains(byte[] content, byte[] part) {
        for (int at = 0; at <= content.length - part.length; at++) {
            if (regionMatches(content, at, part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionMatches(byte[] content, int at, byte[] part) {
        for (int i = 0; i < part.length; i++) {
            if (content[at + i] != part[i]) {
                return false;
            }
        }
        return true;
    }
}
