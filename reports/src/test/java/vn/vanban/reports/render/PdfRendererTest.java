package vn.vanban.reports.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class PdfRendererTest {

    private static final String LONG_BODY = "<p>Phấn đấu quý II thành lập từ 02-03 tổ chức đảng trong doanh nghiệp.</p>".repeat(60);

    private static byte[] notice;
    private static byte[] longNotice;

    static DocumentPage page(String body, boolean party) {
        return new DocumentPage(party, "QUẬN ỦY LONG BIÊN",
                Normalizer.normalize("BAN CHỈ ĐẠO XÂY DỰNG TỔ CHỨC ĐẢNG", Normalizer.Form.NFD),
                party ? "Số 12-TB/BCĐ" : "Số: 12/TB-UBND", "Long Biên", LocalDate.of(2019, 3, 19), "THÔNG BÁO",
                "Phân công nhiệm vụ thành viên Ban chỉ đạo", body, "T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Trần Văn Hưng",
                List.of("- Các đồng chí thành viên BCĐ,", "- Lưu VP."), "https://vanban.example.vn/xac-thuc/abc123");
    }

    @BeforeAll
    static void render() {
        PdfRenderer renderer = new PdfRenderer();
        notice = renderer.render(page("<p>Ban chỉ đạo phân công <strong>đồng chí Lan</strong> theo dõi phường Bồ Đề.</p>"
                + "<ol><li data-list=\"bullet\">Khảo sát doanh nghiệp</li><li data-list=\"ordered\">Báo cáo quý</li></ol>", true));
        longNotice = renderer.render(page(LONG_BODY, true));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void isAnA4PdfWithTheVietnameseTextGivenBackInNfc() throws IOException {
        String text = text(notice);

        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "QUẬN ỦY LONG BIÊN", "BAN CHỈ ĐẠO XÂY DỰNG TỔ CHỨC ĐẢNG",
                "Số 12-TB/BCĐ", "Long Biên, ngày 19 tháng 3 năm 2019", "THÔNG BÁO",
                "Phân công nhiệm vụ thành viên Ban chỉ đạo", "đồng chí Lan", "Nơi nhận:", "- Lưu VP.",
                "T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Trần Văn Hưng", "Khảo sát doanh nghiệp");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        try (PDDocument document = Loader.loadPDF(notice)) {
            PDRectangle size = document.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
            assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
        }
    }

    @Test
    void embedsEveryFontItUses() throws IOException {
        try (PDDocument document = Loader.loadPDF(notice)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            });
        }
    }

    @Test
    void declaresPdfA2bWithTheDocumentInItsMetadata() throws IOException {
        try (PDDocument document = Loader.loadPDF(notice)) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part").contains("2").contains("Số 12-TB/BCĐ");
            assertThat(document.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            assertThat(document.getDocumentInformation().getTitle()).contains("Số 12-TB/BCĐ");
        }
    }

    @Test
    void numbersPagesFromTheSecondOne() throws IOException {
        try (PDDocument document = Loader.loadPDF(longNotice)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document).strip()).startsWith("2");
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(document).strip()).startsWith("QUẬN ỦY LONG BIÊN");
        }
    }

    @Test
    void stateIssuersGetTheNationalMotto() throws IOException {
        String text = text(new PdfRenderer().render(page("<p>Nội dung</p>", false)));

        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 12/TB-UBND")
                .doesNotContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    }

    @Test
    void minutesCarryTheSecretaryAndTheChairSideBySide() throws IOException {
        DocumentPage minutes = new DocumentPage(true, "QUẬN ỦY LONG BIÊN", "BAN CHỈ ĐẠO", "Số 03-BB/BCĐ", "Long Biên",
                LocalDate.of(2019, 3, 19), "BIÊN BẢN", "Hội nghị giao ban quý I năm 2019", "<p>Nội dung</p>", null,
                "CHỦ TRÌ", "Nguyễn Văn Thắng", List.of("- Lưu VP."), null, "THƯ KÝ", "Trần Thị Hà");

        String text = text(new PdfRenderer().render(minutes));

        assertThat(text).contains("BIÊN BẢN", "CHỦ TRÌ", "THƯ KÝ", "Nguyễn Văn Thắng", "Trần Thị Hà", "Nơi nhận:");
        assertThat(text.indexOf("THƯ KÝ")).isLessThan(text.indexOf("CHỦ TRÌ"));
    }

    @Test
    void workingReportsWithoutNumberPrintTheirTables() throws IOException {
        DocumentPage report = new DocumentPage(true, "QUẬN ỦY LONG BIÊN", "BAN CHỈ ĐẠO", null, "Long Biên",
                LocalDate.of(2019, 6, 30), "BÁO CÁO", "Kết quả thực hiện nhiệm vụ quý II năm 2019",
                "<table class=\"report\"><tr><th>Nhiệm vụ</th><th>Đạt</th></tr><tr><td>Thành lập tổ chức đảng</td>"
                        + "<td class=\"figure\">2</td></tr></table>", null, "TRƯỞNG BAN", "Nguyễn Văn Thắng",
                List.of(), null);

        String text = text(new PdfRenderer().render(report));

        assertThat(text).contains("Thành lập tổ chức đảng", "Nhiệm vụ").doesNotContain("Số ");
    }

    @Test
    void aDraftPreviewIsMarkedOnEveryPageAndOtherwiseReadsAsTheIssuedDocument() throws IOException {
        byte[] draft = new PdfRenderer().renderDraft(page(LONG_BODY, true));

        try (PDDocument document = Loader.loadPDF(draft)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page %d", page).contains("DỰ THẢO");
            }
        }
        assertThat(text(draft).replace("DỰ THẢO", "").replaceAll("\\s+", " ").strip())
                .isEqualTo(text(longNotice).strip());
    }
}
