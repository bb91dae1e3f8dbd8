package vn.vanban.reports.sign;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.reports.render.DocumentPage;
import vn.vanban.reports.render.PdfRenderer;
import vn.vanban.reports.render.SignatureBlock;
import vn.vanban.reports.sign.development.DevelopmentCertificates;
import vn.vanban.reports.sign.development.DevelopmentImages;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Over every document type and bodies of 1 to 60 paragraphs, and minutes of 0 to 30 opinions and 1 to 12
 * conclusions: each signature, read back from the signed file, is visible on the page that carries its signer's
 * name, between the position and the name, and no page holds only the verification footer.
 */
class SignatureLayoutPropertyTest {

    private static final String CHAIR = "Trần Văn Hưng";
    private static final String SECRETARY = "Vũ Thị Mai";
    private static final String FOOTER = "Kiểm tra tính xác thực của văn bản";
    private static final List<String> TITLES = List.of("NGHỊ QUYẾT", "QUYẾT ĐỊNH", "CHỈ THỊ", "KẾT LUẬN", "THÔNG BÁO",
            "BÁO CÁO", "KẾ HOẠCH", "CHƯƠNG TRÌNH", "HƯỚNG DẪN", "TỜ TRÌNH", "");
    private static final String[] WORDS = ("Ban chỉ đạo yêu cầu các cấp ủy tổ chức đảng trên địa bàn tiếp tục rà soát "
            + "doanh nghiệp ngoài khu vực nhà nước đủ điều kiện thành lập tổ chức đảng và báo cáo kết quả theo quý").split(" ");

    private static SigningKey chair;
    private static SigningKey secretary;
    private static final PdfRenderer RENDERER = new PdfRenderer();
    private static final PadesSigner SIGNER = new PadesSigner();

    @BeforeAll
    static void keys() throws Exception {
        DevelopmentCertificates ca = DevelopmentCertificates.newRoot(Minutes.ORGANISATION);
        chair = ca.issueSigner(CHAIR, Minutes.ORGANISATION);
        secretary = ca.issueSigner(SECRETARY, Minutes.ORGANISATION);
    }

    @Test
    void everyTypeWithOneToSixtyParagraphsShowsItsSignatureInTheSignersBlock() throws IOException {
        Random random = new Random(20261206);
        for (int paragraphs = 1; paragraphs <= 60; paragraphs++) {
            String title = TITLES.get(paragraphs % TITLES.size());
            boolean party = paragraphs % 7 != 0;
            boolean deputy = paragraphs % 3 == 0;
            DocumentPage page = new DocumentPage(party, "QUẬN ỦY LONG BIÊN", "BAN CHỈ ĐẠO",
                    party ? "Số 12-TB/BCĐ" : "Số: 12/TB-UBND", "Long Biên", LocalDate.of(2026, 3, 19), title,
                    "Triển khai Nghị quyết 09-NQ/TU", body(random, paragraphs), deputy ? "K/T TRƯỞNG BAN" : "T/M BAN CHỈ ĐẠO",
                    deputy ? "PHÓ TRƯỞNG BAN" : "TRƯỞNG BAN", CHAIR,
                    List.of("- Các đồng chí thành viên BCĐ,", "- Lưu VP."), "https://vanban.example.vn/verify.xhtml?document=7");
            String context = paragraphs + " paragraphs of " + (title.isEmpty() ? "a letter" : title);

            byte[] signed = sign(RENDERER.render(page), chair, CHAIR, true);

            assertVisibleInBlock(signed, CHAIR, page.signerPosition(), context);
            assertNoPageHoldsOnlyTheFooter(signed, context);
        }
    }

    @Test
    void minutesWithZeroToThirtyOpinionsShowBothSignaturesInTheirBlocks() throws IOException {
        Random random = new Random(399);
        for (int opinions = 0; opinions <= 30; opinions++) {
            int conclusions = 1 + (opinions * 5) % 12;
            DocumentPage page = new DocumentPage(true, "QUẬN ỦY LONG BIÊN", "BAN CHỈ ĐẠO", "Số 03-BB/BCĐ", "Long Biên",
                    LocalDate.of(2026, 3, 19), "BIÊN BẢN", "Hội nghị giao ban quý I năm 2026",
                    minutesBody(random, opinions, conclusions), null, "CHỦ TRÌ", CHAIR,
                    List.of("- Các đồng chí thành viên BCĐ,", "- Lưu VP."),
                    "https://vanban.example.vn/verify.xhtml?document=9", "THƯ KÝ", SECRETARY);
            String context = opinions + " opinions and " + conclusions + " conclusions";

            byte[] signed = sign(sign(RENDERER.render(page), chair, CHAIR, true), secretary, SECRETARY, false);

            assertVisibleInBlock(signed, CHAIR, "CHỦ TRÌ", context);
            assertVisibleInBlock(signed, SECRETARY, "THƯ KÝ", context);
            assertNoPageHoldsOnlyTheFooter(signed, context);
        }
    }

    private static byte[] sign(byte[] pdf, SigningKey key, String name, boolean certifying) {
        SignatureBox box = SignatureBlock.find(pdf, name).orElseThrow(
                () -> new AssertionError("no block for " + name + " in " + pages(pdf) + " pages"));
        SignatureRequest request = new SignatureRequest(name, "Ký", "Long Biên", Minutes.SIGNING_TIME, certifying);
        return SIGNER.sign(pdf, key, request, new SignatureAppearance(box, DevelopmentImages.signature(name),
                certifying ? DevelopmentImages.seal(Minutes.ORGANISATION) : null, Minutes.ORGANISATION));
    }

    private static void assertVisibleInBlock(byte[] signed, String name, String position, String context)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignatureField field = fieldSignedBy(document, name, context);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            PDRectangle rectangle = widget.getRectangle();
            assertThat(rectangle.getWidth() * rectangle.getHeight()).as("area of %s's signature, %s", name, context)
                    .isGreaterThan(1000f);
            int pageIndex = pageOf(document, widget, context);
            float height = document.getPage(pageIndex).getMediaBox().getHeight();
            assertThat(textIn(document, pageIndex, height, rectangle.getLowerLeftX(), rectangle.getLowerLeftY() - 22,
                    rectangle.getWidth(), 22)).as("below %s's signature, %s", name, context).contains(name);
            assertThat(textIn(document, pageIndex, height, rectangle.getLowerLeftX(), rectangle.getUpperRightY(),
                    rectangle.getWidth(), 22)).as("above %s's signature, %s", name, context).contains(position);
        }
    }

    private static PDSignatureField fieldSignedBy(PDDocument document, String name, String context) throws IOException {
        for (PDSignatureField field : document.getSignatureFields()) {
            if (field.getSignature() != null && name.equals(field.getSignature().getName())) {
                return field;
            }
        }
        return fail("no signature of %s, %s", name, context);
    }

    private static int pageOf(PDDocument document, PDAnnotationWidget widget, String context) throws IOException {
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            for (PDAnnotation annotation : document.getPage(i).getAnnotations()) {
                if (annotation.getCOSObject() == widget.getCOSObject()) {
                    return i;
                }
            }
        }
        return fail("the signature widget is on no page, %s", context);
    }

    private static void assertNoPageHoldsOnlyTheFooter(byte[] pdf, String context) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = stripper.getText(document);
                if (text.contains(FOOTER)) {
                    assertThat(text).as("the page of the verification footer, %s", context).contains(CHAIR);
                }
            }
        }
    }

    private static String textIn(PDDocument document, int page, float pageHeight, float x, float y, float w, float h)
            throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("box", new Rectangle2D.Float(x, pageHeight - y - h, w, h));
        PDPage pdPage = document.getPage(page);
        stripper.extractRegions(pdPage);
        return stripper.getTextForRegion("box").replaceAll("\\s+", " ");
    }

    private static String body(Random random, int paragraphs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            body.append("<p>").append(sentence(random, 8 + random.nextInt(70))).append("</p>");
        }
        return body.toString();
    }

    private static String minutesBody(Random random, int opinions, int conclusions) {
        StringBuilder body = new StringBuilder("<p><strong>I. THÀNH PHẦN</strong></p><p>")
                .append(sentence(random, 40)).append("</p><p><strong>II. NỘI DUNG</strong></p>");
        for (int i = 1; i <= opinions; i++) {
            body.append("<p>- Đồng chí thành viên thứ ").append(i).append(": ").append(sentence(random, 20 + random.nextInt(60)))
                    .append("</p>");
        }
        body.append("<p><strong>III. KẾT LUẬN</strong></p>");
        for (int i = 1; i <= conclusions; i++) {
            body.append("<p>").append(i).append(". ").append(sentence(random, 15 + random.nextInt(40))).append("</p>");
        }
        return body.append("<p>Hội nghị kết thúc lúc 16 giờ 30 cùng ngày.</p>").toString();
    }

    private static String sentence(Random random, int words) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            chosen.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return String.join(" ", chosen) + ".";
    }

    private static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            return -1;
        }
    }
}
