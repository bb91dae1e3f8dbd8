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

/**
 * Liberation Serif (metric-compatible with Times New Roman, full Vietnamese alphabet) from the classpath, embedded
 * as subsets. GSUB processing is off: Vietnamese needs no ligatures or contextual forms, and PDFBox's GSUB handling
 * costs most of the rendering time (it builds regular expressions per word).
 */
final class SerifFonts {

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
    }

    private SerifFonts() {
    }

    /** Registers the four faces for a document that {@code builder} renders into {@code document}. */
    static void register(PdfRendererBuilder builder, PDDocument document) throws IOException {
        for (Face face : Face.values()) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes));
            ttf.setEnableGsub(false);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, ttf, true)), FAMILY, face.weight, face.style, true);
        }
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
