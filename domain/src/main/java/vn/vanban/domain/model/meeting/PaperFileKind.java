package vn.vanban.domain.model.meeting;

import vn.vanban.domain.model.file.FileSignatures;
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
        FileSignatures.requireSize(content, MAX_BYTES);
        if (FileSignatures.isPng(content)) {
            return PNG;
        }
        if (FileSignatures.isJpeg(content)) {
            return JPEG;
        }
        if (FileSignatures.isPdfAt(content, 0)) {
            return PDF;
        }
        if (FileSignatures.isZip(content) && FileSignatures.contains(content, OFFICE_TYPES)) {
            if (FileSignatures.contains(content, WORD_PART)) {
                return DOCX;
            }
            if (FileSignatures.contains(content, EXCEL_PART)) {
                return XLSX;
            }
        }
        throw new DomainException(ErrorCode.PAPER_FILE_TYPE, "file");
    }
}
