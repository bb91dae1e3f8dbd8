package vn.vanban.reports.verify;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The revisions of a PDF as its signatures cover them: the bytes up to the end of a signature's byte range, loaded
 * on their own as a reader of that version of the file saw them, and compared with the whole file. A revision that
 * cannot be read or compared gives a verdict, never an exception: nothing can then be said to be unchanged. Each
 * revision is compared once, and at most {@value #MAX_COMPARED} of them, so that a file claiming thousands of
 * signatures cannot make one verification load itself thousands of times.
 */
final class SignedRevisions {

    /** Far more signatures than a document gathers; minutes have two. */
    static final int MAX_COMPARED = 16;

    private final byte[] pdf;
    private final PDDocument latest;
    private final Map<Integer, Revision> compared = new HashMap<>();
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
        Revision known = compared.get(end);
        if (known != null) {
            return known;
        }
        Revision revision = compared.size() < MAX_COMPARED ? compare(end) : Revision.UNREADABLE;
        compared.put(end, revision);
        return revision;
    }

    private Revision compare(int end) {
        try (PDDocument signed = Loader.loadPDF(Arrays.copyOf(pdf, end))) {
            if (latestPages == null) {
                latestPages = PageList.of(latest);
            }
            Modifications modifications = RevisionComparison.compare(signed, latest, latestPages,
                    ComparisonBudget.forFileOf(pdf.length));
            return new Revision(modifications, SecurityStoreContents.of(signed));
        } catch (IOException | RuntimeException | StackOverflowError unreadable) {
            // A page tree or form nested past what PDFBox walks recursively ends in a stack overflow, like others.
            return Revision.UNREADABLE;
        }
    }

    SecurityStoreContents latestValidationData() {
        try {
            return SecurityStoreContents.of(latest);
        } catch (RuntimeException unreadable) {
            return SecurityStoreContents.NONE;
        }
    }

    record Revision(Modifications modifications, SecurityStoreContents validationData) {

        static final Revision UNREADABLE = new Revision(Modifications.UNREADABLE, SecurityStoreContents.NONE);
    }
}
