package vn.vanban.application.incoming;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.vanban.domain.model.incoming.IncomingText;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

/**
 * The text layer of an incoming PDF, read with bounded work, since the file comes from outside: at most
 * {@code maxPages} pages and {@code maxCharacters} characters, and no longer than {@code timeBox} (checked at each
 * page and each run of text, so that a page of millions of tiny glyphs stops too). What was read when a bound is
 * reached is kept. A file PDFBox cannot read gives no text, and is left to recognition, which says what is wrong.
 * <p>
 * A text layer is usable when its pages carry on average {@link #LETTERS_PER_PAGE} letters: a scanner's PDF has none,
 * or a few stray characters of a stamp or a page number, and is recognised from its images instead.
 */
public final class PdfTextLayer {

    /** Fewer letters than a line of text per page: a scan, whatever the scanner put in its text layer. */
    static final int LETTERS_PER_PAGE = 40;

    /** For a receipt: the whole of any ordinary document, within the time a person waits for a form. */
    public static final PdfTextLayer STANDARD =
            new PdfTextLayer(300, IncomingText.MAX_CHARACTERS, Duration.ofSeconds(15));

    private final int maxPages;
    private final int maxCharacters;
    private final Duration timeBox;

    /** What was read: the text, how many pages it covers, and whether it is text enough to stand for the document. */
    public record Extracted(String text, int pages, boolean usable) {

        static final Extracted NONE = new Extracted("", 0, false);
    }

    public PdfTextLayer(int maxPages, int maxCharacters, Duration timeBox) {
        this.maxPages = maxPages;
        this.maxCharacters = maxCharacters;
        this.timeBox = timeBox;
    }

    public Extracted read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                return Extracted.NONE;
            }
            int pages = Math.min(document.getNumberOfPages(), maxPages);
            BoundedStripper stripper = new BoundedStripper(System.nanoTime() + timeBox.toNanos());
            stripper.setEndPage(pages);
            StringWriter out = new StringWriter();
            try {
                stripper.writeText(document, out);
            } catch (BoundReached enough) {
                pages = Math.max(1, stripper.pagesStarted);
            }
            String text = out.toString();
            if (text.length() > maxCharacters) {
                text = text.substring(0, maxCharacters);
            }
            return new Extracted(text, pages, pages > 0 && letters(text) >= (long) LETTERS_PER_PAGE * pages);
        } catch (IOException | RuntimeException | StackOverflowError unreadable) {
            return Extracted.NONE;
        }
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetter).count();
    }

    /** Thrown out of PDFBox's walk over the pages once a bound is reached; what was written stays. */
    private static final class BoundReached extends IOException {

        private static final long serialVersionUID = 1L;

        BoundReached() {
            super(null, null);
        }
    }

    private final class BoundedStripper extends PDFTextStripper {

        private final long deadline;
        private long written;
        private int pagesStarted;

        BoundedStripper(long deadline) {
            this.deadline = deadline;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            checkTime();
            pagesStarted++;
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            checkTime();
            super.writeString(text, positions);
            written += text.length();
            if (written >= maxCharacters) {
                throw new BoundReached();
            }
        }

        private void checkTime() throws BoundReached {
            if (System.nanoTime() - deadline > 0) {
                throw new BoundReached();
            }
        }
    }
}
