package vn.vanban.reports.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.vanban.reports.sign.SignatureBox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds, in a PDF this renderer made, the space it leaves for the handwritten signature: in the signer's block
 * (bottom right; on minutes the secretary's is bottom left), between the position ({@code TRƯỞNG BAN}) and the name,
 * on whatever page the block fell. Works on the stored file, so a document issued long ago is signed where its own
 * layout put the block.
 */
public final class SignatureBlock {

    /** 60 mm, the width of a signature with the seal beside it. */
    static final float WIDTH = 170f;
    private static final float GAP = 2f;
    private static final float SAME_LINE = 2f;
    private static final float COLUMN_GAP = 24f;

    private SignatureBlock() {
    }

    /**
     * The box between the position line and the name, on the last page that shows the name in such a block, looked
     * for from the last page backwards: a long body can push the block onto any page, and the verification footer
     * or the recipients can follow it onto a page of their own. Empty when no page shows the block.
     */
    public static Optional<SignatureBox> find(byte[] pdf, String signerName) {
        String wanted = squeezed(signerName);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int index = document.getNumberOfPages() - 1; index >= 0; index--) {
                Optional<SignatureBox> box = findOnPage(document, index, wanted);
                if (box.isPresent()) {
                    return box;
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable PDF", e);
        }
    }

    private static Optional<SignatureBox> findOnPage(PDDocument document, int index, String wanted) throws IOException {
        PDRectangle page = document.getPage(index).getMediaBox();
        List<Line> lines = lines(document, index + 1, page.getHeight());
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line name = lines.get(i);
            if (name.text().equals(wanted)) {
                Optional<SignatureBox> box = above(lines, name).map(position -> box(index, page, position, name));
                if (box.isPresent()) {
                    return box;
                }
            }
        }
        return Optional.empty();
    }

    private static SignatureBox box(int pageIndex, PDRectangle page, Line position, Line name) {
        float bottom = name.top() + GAP;
        float top = position.bottom() - GAP;
        float width = width(name.centre(), page.getWidth());
        return new SignatureBox(pageIndex, name.centre() - width / 2, bottom, width, top - bottom);
    }

    /** As wide as a signature with the seal beside it, as far as the page allows around {@code centre}. */
    static float width(float centre, float pageWidth) {
        float room = Math.min(pageWidth - centre, centre);
        return Math.min(WIDTH, 2 * room - 2 * GAP);
    }

    private static Optional<Line> above(List<Line> lines, Line name) {
        return lines.stream()
                .filter(line -> line.baseline() > name.baseline() + SAME_LINE)
                .filter(line -> line.left() <= name.centre() && line.right() >= name.centre())
                .min(Comparator.comparingDouble(Line::baseline));
    }

    /** The page's text as runs of glyphs on one baseline. */
    private static List<Line> lines(PDDocument document, int pageNumber, float pageHeight) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                glyphs.addAll(positions);
            }
        };
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        stripper.getText(document);
        glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= glyphs.size(); i++) {
            if (i == glyphs.size() || glyphs.get(i).getYDirAdj() - glyphs.get(start).getYDirAdj() > SAME_LINE) {
                lines.addAll(runs(new ArrayList<>(glyphs.subList(start, i)), pageHeight));
                start = i;
            }
        }
        return lines;
    }

    /** One baseline's glyphs, split into runs where a gap as wide as a column gap separates them. */
    private static List<Line> runs(List<TextPosition> baseline, float pageHeight) {
        baseline.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        List<Line> runs = new ArrayList<>();
        List<TextPosition> run = new ArrayList<>();
        for (TextPosition glyph : baseline) {
            if (!run.isEmpty()) {
                TextPosition previous = run.get(run.size() - 1);
                if (glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj()) >= COLUMN_GAP) {
                    runs.add(Line.of(run, pageHeight));
                    run = new ArrayList<>();
                }
            }
            run.add(glyph);
        }
        if (!run.isEmpty()) {
            runs.add(Line.of(run, pageHeight));
        }
        return runs;
    }

    private static String squeezed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }

    /** A run of text in PDF coordinates (y upwards). */
    private record Line(String text, float left, float right, float baseline, float size) {

        static Line of(List<TextPosition> run, float pageHeight) {
            StringBuilder text = new StringBuilder();
            run.forEach(glyph -> text.append(glyph.getUnicode()));
            TextPosition first = run.get(0);
            TextPosition last = run.get(run.size() - 1);
            return new Line(squeezed(text.toString()), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    pageHeight - first.getYDirAdj(), first.getFontSizeInPt());
        }

        float centre() {
            return (left + right) / 2;
        }

        /** Cap height of a serif face is about seven tenths of its size. */
        float top() {
            return baseline + size * 0.7f;
        }

        float bottom() {
            return baseline - size * 0.25f;
        }
    }
}
