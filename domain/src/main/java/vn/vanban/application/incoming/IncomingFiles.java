package vn.vanban.application.incoming;

import vn.vanban.domain.model.incoming.IncomingFileKind;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.reports.verify.OpenablePdf;
import vn.vanban.reports.verify.UnreadablePdfException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks that the file of an incoming document is what its first bytes say and can be opened: a PDF that PDFBox
 * reads with the verifier's guards against decompression bombs and that is not encrypted (nobody could read an
 * encrypted one later, nor extract its text), an image whose header an image reader understands. Refusals: FILE_TYPE_NOT_ALLOWED, PDF_ENCRYPTED, FILE_DAMAGED.
 */
public final class IncomingFiles {

    private IncomingFiles() {
    }

    public static IncomingFileKind check(byte[] content) {
        IncomingFileKind kind = IncomingFileKind.sniff(content);
        switch (kind) {
            case PDF -> checkPdf(content);
            case PNG, JPEG -> checkImage(content, kind);
        }
        return kind;
    }

    private static void checkPdf(byte[] content) {
        try {
            OpenablePdf.check(content);
        } catch (UnreadablePdfException unreadable) {
            throw new DomainException(unreadable.reason() == UnreadablePdfException.Reason.ENCRYPTED
                    ? ErrorCode.PDF_ENCRYPTED : ErrorCode.FILE_DAMAGED, "file");
        }
    }

    private static void checkImage(byte[] content, IncomingFileKind kind) {
        boolean readable;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(kind.mediaType());
            readable = in != null && readers.hasNext() && hasSize(readers.next(), in);
        } catch (IOException | RuntimeException unreadable) {
            readable = false;
        }
        if (!readable) {
            throw new DomainException(ErrorCode.FILE_DAMAGED, "file");
        }
    }

    private static boolean hasSize(ImageReader reader, ImageInputStream in) throws IOException {
        try {
            reader.setInput(in, true, true);
            return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
        } finally {
            reader.dispose();
        }
    }
}
