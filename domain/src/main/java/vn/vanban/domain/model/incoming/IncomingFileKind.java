package vn.vanban.domain.model.incoming;

import vn.vanban.domain.model.file.FileSignatures;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

/**
 * The kinds of file an incoming document may carry: a PDF, or a scan as PNG or JPEG. The kind is read from the
 * content's first bytes, never from the file name or the type the browser claims, so a renamed executable or a
 * page of HTML called {@code .pdf} is refused with {@link ErrorCode#FILE_TYPE_NOT_ALLOWED}.
 */
public enum IncomingFileKind {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    /** The largest file accepted: a 20-page scan at 300 dpi fits. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** PDF readers accept the header anywhere in the first kilobyte; the portal only after white space. */
    private static final int PDF_HEADER_WINDOW = 1024;

    private final String mediaType;
    private final String extension;

    IncomingFileKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The kind of {@code content}, or a refusal: FILE_REQUIRED, FILE_TOO_LARGE or FILE_TYPE_NOT_ALLOWED. */
    public static IncomingFileKind sniff(byte[] content) {
        FileSignatures.requireSize(content, MAX_BYTES);
        if (FileSignatures.isPng(content)) {
            return PNG;
        }
        if (FileSignatures.isJpeg(content)) {
            return JPEG;
        }
        int at = 0;
        while (at < content.length && at < PDF_HEADER_WINDOW && isWhiteSpace(content[at])) {
            at++;
        }
        if (FileSignatures.isPdfAt(content, at)) {
            return PDF;
        }
        throw new DomainException(ErrorCode.FILE_TYPE_NOT_ALLOWED, "file");
    }

    private static boolean isWhiteSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f' || b == 0;
    }
}
