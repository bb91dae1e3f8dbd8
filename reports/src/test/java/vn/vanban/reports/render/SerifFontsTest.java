package vn.vanban.reports.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The parsed faces are lent, one set per rendering: renderings in turn and at once each get their own text right. */
class SerifFontsTest {

    private static final int RENDERINGS = 24;

    private static String textOf(int n) {
        return "Văn bản số " + n + ": Ban chỉ đạo phân công đồng chí Lê Thị Thu Hà theo dõi phường Bồ Đề, quý " + (n % 4 + 1);
    }

    private static String rendered(int n) {
        byte[] pdf = new PdfRenderer().render(PdfRendererTest.page("<p>" + textOf(n) + "</p><p><em>nghiêng</em> "
                + "<strong>đậm</strong> <strong><em>đậm nghiêng</em></strong></p>", true));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSetGivenBackIsLentToTheNextRendering() throws IOException {
        SerifFonts first;
        try (SerifFonts fonts = SerifFonts.lend()) {
            first = fonts;
        }
        try (SerifFonts fonts = SerifFonts.lend()) {
            assertThat(fonts).isSameAs(first);
        }
    }

    @Test
    void aSetIsNeverLentTwiceAtOnce() throws IOException {
        try (SerifFonts one = SerifFonts.lend(); SerifFonts other = SerifFonts.lend()) {
            assertThat(one).isNotSameAs(other);
        }
    }

    @Test
    void renderingsAtOnceEachGetTheirOwnTextInEveryFace() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int n = 0; n < RENDERINGS; n++) {
                int number = n;
                texts.add(pool.submit(() -> rendered(number)));
            }
            for (int n = 0; n < RENDERINGS; n++) {
                assertThat(texts.get(n).get()).contains(textOf(n)).contains("nghiêng đậm đậm nghiêng");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
