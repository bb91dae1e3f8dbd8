package vn.vanban.reports.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import vn.vanban.reports.sign.SignatureBox;

import java.awt.geom.Rectangle2D;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureBlockTest {

    @Test
    void findsTheEmptySpaceBetweenPositionAndNameAtTheBottomRightOfTheLastPage() throws IOException {
        byte[] pdf = new PdfRenderer().render(PdfRendererTest.page(
                "<p>Phấn đấu quý II thành lập từ 02-03 tổ chức đảng trong doanh nghiệp.</p>".repeat(40), true));

        SignatureBox box = SignatureBlock.find(pdf, "Trần Văn Hưng").orElseThrow();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(box.pageIndex()).isEqualTo(document.getNumberOfPages() - 1);
            float width = document.getPage(box.pageIndex()).getMediaBox().getWidth();
            float height = document.getPage(box.pageIndex()).getMediaBox().getHeight();
            assertThat(box.x()).isGreaterThan(width / 2 - box.width() / 2);
            assertThat(box.x() + box.width()).isLessThan(width);
            assertThat(box.height()).as("the renderer leaves 28 mm and the lines around it").isBetween(70f, 110f);

            assertThat(textIn(document, box.pageIndex(), height, box.x(), box.y(), box.width(), box.height())).isBlank();
            assertThat(textIn(document, box.pageIndex(), height, box.x(), box.y() - 20, box.width(), 20))
                    .contains("Trần Văn Hưng");
            assertThat(textIn(document, box.pageIndex(), height, box.x(), box.y() + box.height(), box.width(), 20))
                    .contains("TRƯỞNG BAN");
        }
    }

    @Test
    void onMinutesTheSecretarySignsOnTheLeftAndTheChairOnTheRightWithoutOverlapping() throws IOException {
        byte[] pdf = new PdfRenderer().render(new DocumentPage(true, "QUẬN ỦY LONG BIÊN", "BAN CHỈ ĐẠO", "Số 03-BB/BCĐ",
                "Long Biên", java.time.LocalDate.of(2019, 3, 19), "BIÊN BẢN", "Hội nghị giao ban", "<p>Nội dung</p>", null,
                "CHỦ TRÌ", "Trần Văn Hưng", java.util.List.of("- Lưu VP."), null, "THƯ KÝ", "Vũ Thị Mai"));

        SignatureBox chair = SignatureBlock.find(pdf, "Trần Văn Hưng").orElseThrow();
        SignatureBox secretary = SignatureBlock.find(pdf, "Vũ Thị Mai").orElseThrow();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            float width = document.getPage(chair.pageIndex()).getMediaBox().getWidth();
            float height = document.getPage(chair.pageIndex()).getMediaBox().getHeight();
            assertThat(secretary.x() + secretary.width()).isLessThanOrEqualTo(width / 2);
            assertThat(chair.x()).isGreaterThanOrEqualTo(width / 2 - 1);
            assertThat(secretary.x()).isGreaterThan(0);
            assertThat(textIn(document, secretary.pageIndex(), height, secretary.x(), secretary.y(), secretary.width(),
                    secretary.height())).isBlank();
        }
    }

    @Test
    void findsNothingForSomebodyElse() {
        byte[] pdf = new PdfRenderer().render(PdfRendererTest.page("<p>Nội dung</p>", true));

        assertThat(SignatureBlock.find(pdf, "Vũ Thị Mai")).isEmpty();
    }

    private static String textIn(PDDocument document, int page, float pageHeight, float x, float y, float w, float h)
            throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("box", new Rectangle2D.Float(x, pageHeight - y - h, w, h));
        stripper.extractRegions(document.getPage(page));
        return stripper.getTextForRegion("box");
    }
}
