package vn.vanban.application.incoming;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The pages of a scanned PDF as greyscale PNG images for recognition, at {@link #DPI} (what Tesseract reads best),
 * one at a time so that memory holds one page, at most {@code maxPages} of them. A page larger than A3 is drawn
 * smaller, to at most {@link #MAX_SIDE} pixels a side, so that a page declared kilometres wide cannot fill memory.
 */
public final class PdfPageImages implements AutoCloseable {

    static final int DPI = 300;
    /** The long side of an A3 page at 300 dpi. */
    static final int MAX_SIDE = 4961;

    private final PDDocument document;
    private final PDFRenderer renderer;
    private final int pages;

    private PdfPageImages(PDDocument document, int maxPages) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
        this.pages = Math.min(document.getNumberOfPages(), maxPages);
    }

    public static PdfPageImages open(byte[] pdf, int maxPages) throws IOException {
        return new PdfPageImages(Loader.loadPDF(pdf), maxPages);
    }

    /** How many pages are drawn: the document's, up to the cap. */
    public int pages() {
        return pages;
    }

    /** Draws page {@code index} (from 0) into {@code target} as PNG; empty, and nothing written, for a blank page. */
    public Optional<Path> write(int index, Path target) throws IOException {
        BufferedImage image = renderer.renderImage(index, scale(document.getPage(index).getMediaBox()), ImageType.GRAY);
        if (BlankImages.isBlank(image)) {
            return Optional.empty();
        }
        ImageIO.write(image, "png", target.toFile());
        return Optional.of(target);
    }

    static float scale(PDRectangle box) {
        float scale = DPI / 72f;
        float longest = Math.max(box.getWidth(), box.getHeight()) * scale;
        return longest <= MAX_SIDE ? scale : scale * MAX_SIDE / longest;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
