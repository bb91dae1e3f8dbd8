package vn.vanban.reports.verify;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;

/**
 * Whether a file that starts like a PDF can be opened by the portal without harm: its structural streams are not
 * decompression bombs ({@link StructuralStreams}), PDFBox opens it, it is not encrypted and has a page. For files
 * the portal keeps (incoming documents), with the same guards as the verifier's.
 */
public final class OpenablePdf {

    private OpenablePdf() {
    }

    public static void check(byte[] pdf) throws UnreadablePdfException {
        StructuralStreams.requireBounded(pdf);
        boolean hasPages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                throw new UnreadablePdfException(UnreadablePdfException.Reason.ENCRYPTED, null);
            }
            hasPages = document.getNumberOfPages() > 0;
        } catch (InvalidPasswordException e) {
            throw new UnreadablePdfException(UnreadablePdfException.Reason.ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadablePdfException(UnreadablePdfException.Reason.DAMAGED, e);
        } catch (StackOverflowError tooDeep) {
            throw new UnreadablePdfException(UnreadablePdfException.Reason.DAMAGED, tooDeep);
        }
        if (!hasPages) {
            throw new UnreadablePdfException(UnreadablePdfException.Reason.DAMAGED, null);
        }
    }
}
