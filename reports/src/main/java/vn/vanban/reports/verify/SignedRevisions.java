package vn.vanban.reports.verify;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.util.Arrays;

/**
 * The revisions of a PDF as its signatures cover them: the bytes up to the end of a signature's byte range, loaded
 * on their own as a reader of that version of the file saw them, and compared with the whole file. A revision that
 * cannot be read or compared gives a verdict, never an exception: nothing can then be said to be unchanged.
 */
final class SignedRevisions {

    private final byte[] pdf;
    private final PDDocument latest;
    private PageList latestPages;

    SignedRevisions(byte[] pdf, PDDocument latest) {
        this.pdf = pdf;
        this.latest = latest;
    }

    /**
     * What was done after the revision ending at {@code end} (exclusive), and the validation data that revision
     * already held.
     */
    Revision endingAt(int end) {
        if (end == pdf.length) {
            return new Revision(Modifications.NOTHING_APPENDED, latestValidationData());
        }
        try (PDDocument signed = Loader.loadPDF(Arrays.copyOf(pdf, end))) {
            if (latestPages == null) {
                latestPages = PageList.of(latest);
            }
            return new Revision(RevisionComparison.compare(signed, latest, latestPages), ValidationData.of(signed));
        } catch (IOException | RuntimeException | StackOverflowError unreadable) {
            // A page tree or form nested past what PDFBox walks recursively ends in a stack overflow, like others.
            return new Revision(Modifications.UNREADABLE, ValidationData.NONE);
        }
    }

    ValidationData latestValidationData() {
        try {
            return ValidationData.of(latest);
        } catch (RuntimeException unreadable) {
            return ValidationData.NONE;
        }
    }

    record Revision(Modifications modifications, ValidationData validationData) {
    }
}
