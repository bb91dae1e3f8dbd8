package vn.vanban.reports.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Liberation Serif (metric-compatible with Times New Roman, full Vietnamese alphabet) from the classpath, embedded
 * as subsets. GSUB processing is off: Vietnamese needs no ligatures or contextual forms, and PDFBox's GSUB handling
 * costs most of the rendering time (it builds regular expressions per word).
 * <p>
 * The four faces are parsed once and lent to one rendering at a time ({@link #lend}): parsing them for every
 * document was 15 % of issuing one, and a parsed font reads its glyphs through a single read position, so two
 * renderings at once must never share a set. There are as many sets as renderings have ever run at once.
 */
final class SerifFonts implements AutoCloseable {

    static final String FAMILY = "Liberation Serif";

    private enum Face {
        REGULAR("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
        BOLD("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
        ITALIC("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
        BOLD_ITALIC("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);

        private final byte[] bytes;
        private final int weight;
        private final FontStyle style;

        Face(String file, int weight, FontStyle style) {
            this.bytes = read("liberation/" + file);
            this.weight = weight;
            this.style = style;
        }

        TrueTypeFont parse() throws IOException {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            ttf.setEnableGsub(false);
            return ttf;
        }
    }

    private static final Queue<SerifFonts> IDLE = new ConcurrentLinkedQueue<>();

    private final Map<Face, TrueTypeFont> parsed;

    private SerifFonts(Map<Face, TrueTypeFont> parsed) {
        this.parsed = parsed;
    }

    /** A set of the four faces for one rendering, until it is closed, which must be after the document is saved. */
    static SerifFonts lend() throws IOException {
        SerifFonts idle = IDLE.poll();
        if (idle != null) {
            return idle;
        }
        Map<Face, TrueTypeFont> parsed = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            parsed.put(face, face.parse());
        }
        return new SerifFonts(parsed);
    }

    /** Registers the four faces for a document that {@code builder} renders into {@code document}. */
    void register(PdfRendererBuilder builder, PDDocument document) throws IOException {
        for (Face face : Face.values()) {
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, parsed.get(face), true)), FAMILY,
                    face.weight, face.style, true);
        }
    }

    /** Gives the set back for the next rendering. */
    @Override
    public void close() {
        IDLE.offer(this);
    }

    private static byte[] read(String path) {
        try (InputStream in = SerifFonts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
