package vn.vanban.reports.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterXhtmlTest {

    private static final List<String> COLUMNS = List.of("Số, ký hiệu văn bản", "Ngày tháng văn bản",
            "Tên loại và trích yếu nội dung văn bản", "Người ký");

    @Test
    void aRegisterIsLandscapeWithItsTitleColumnsAndRowsInVietnamese() throws Exception {
        byte[] pdf = new PdfRenderer().render(new RegisterBook("BAN CHỈ ĐẠO XÂY DỰNG TỔ CHỨC ĐẢNG",
                "SỔ ĐĂNG KÝ VĂN BẢN ĐI", "Từ ngày 01/01/2026 đến ngày 31/03/2026", LocalDate.of(2026, 4, 2), COLUMNS, List.of(),
                List.of(List.of("09-TB/BCĐ", "19/03/2026", "Thông báo: Kết luận hội nghị giao ban quý I", "Trần Văn Hưng"),
                        List.of("10-BB/BCĐ", "20/03/2026", "Biên bản: Hội nghị giao ban <quý I> & kế hoạch", "Trần Văn Hưng"))));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI").contains("Từ ngày 01/01/2026 đến ngày 31/03/2026")
                    .contains("Tên loại và trích yếu nội dung văn bản").contains("09-TB/BCĐ")
                    .contains("Biên bản: Hội nghị giao ban <quý I> & kế hoạch").contains("In ngày 02/04/2026 · 2 văn bản");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("SỔ ĐĂNG KÝ VĂN BẢN ĐI");
        }
    }

    @Test
    void aLongRegisterRunsOverPagesEachWithTheColumnHeads() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of("%02d-TB/BCĐ".formatted(i), "19/03/2026", "Thông báo số " + i, "Trần Văn Hưng"));
        }
        byte[] pdf = new PdfRenderer().render(new RegisterBook(null, "SỔ ĐĂNG KÝ VĂN BẢN ĐI", null,
                LocalDate.of(2026, 4, 2), COLUMNS, List.of(), rows));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            var stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).contains("Số, ký hiệu văn bản").contains("Trang 2/");
        }
    }

    @Test
    void anEmptyPeriodSaysSoAndARowWithTheWrongNumberOfCellsIsRefused() throws Exception {
        byte[] pdf = new PdfRenderer().render(new RegisterBook(null, "SỔ ĐĂNG KÝ VĂN BẢN ĐI", null,
                LocalDate.of(2026, 4, 2), COLUMNS, List.of(), List.of()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Không có văn bản nào trong thời gian này.");
        }

        assertThatThrownBy(() -> new RegisterBook(null, "SỔ", null, LocalDate.of(2026, 4, 2), COLUMNS, List.of(),
                List.of(List.of("09-TB/BCĐ")))).isInstanceOf(IllegalArgumentException.class);
    }
}
