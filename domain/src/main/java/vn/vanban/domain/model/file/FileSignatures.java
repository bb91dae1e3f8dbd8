package vn.vanban.domain.model.file;

import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

/**
 * The first bytes by which a file says what it is, and the byte comparisons that read them: what decides a file's
 * kind wherever one is uploaded, never its name or the type the browser claims.
 */
public final class FileSignatures {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private FileSignatures() {
    }

    /** Refuses an upload before its kind is read: FILE_REQUIRED when empty, FILE_TOO_LARGE over {@code maxBytes}. */
    public static void requireSize(byte[] content, int maxBytes) {
        if (content == null || content.length == 0) {
            throw new DomainException(ErrorCode.FILE_REQUIRED, "file");
        }
        if (content.length > maxBytes) {
            throw new DomainException(ErrorCode.FILE_TOO_LARGE, "file");
        }
    }

    public static boolean isPng(byte[] content) {
        return matchesAt(content, PNG, 0);
    }

    public static boolean isJpeg(byte[] content) {
        return matchesAt(content, JPEG, 0);
    }

    public static boolean isZip(byte[] content) {
        return matchesAt(content, ZIP, 0);
    }

    /** Whether a PDF header ({@code %PDF-}) starts at {@code at}. */
    public static boolean isPdfAt(byte[] content, int at) {
        return matchesAt(content, PDF, at);
    }

    /** Whether {@code content} holds {@code part} from position {@code at} on. */
    public static boolean matchesAt(byte[] content, byte[] part, int at) {
        if (at < 0 || content.length - at < part.length) {
            return false;
        }
        for (int i = 0; i < part.length; i++) {
            if (content[at + i] != part[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code part} occurs anywhere in {@code content}. */
    public static boolean contains(byte[] content, byte[] part) {
        for (int at = 0; at <= content.length - part.length; at++) {
            if (matchesAt(content, part, at)) {
                return true;
            }
        }
        return false;
    }
}
