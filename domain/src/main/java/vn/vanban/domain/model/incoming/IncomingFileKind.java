package vn.vanban.domain.model.incoming;

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

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
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
        if (content == null || content.length == 0) {
            throw new DomainException(ErrorCode.FILE_REQUIRED, "file");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainException(ErrorCode.FILE_TOO_LARGE, "file");
        }
        if (startsWith(content, PNG_MAGIC, 0)) {
            return PNG;
        }
        if (startsWith(content, JPEG_MAGIC, 0)) {
            return JPEG;
        }
        int at = 0;
        while (at < content.length && at < PDF_HEADER_WINDOW && isWhiteSpace(content[at])) {
            at++;
        }
        if (startsWith(content, PDF_MAGIC, at)) {
            return PDF;
        }
        throw new DomainException(ErrorCode.FILE_TYPE_NOT_ALLOWED, "file");
    }

    private static boolean isWhiteSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f' || b == 0;
    }

    private static boolean startsWith(byte[] content, byte[] magic, int at) {
        if (content.length - at < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[at + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
