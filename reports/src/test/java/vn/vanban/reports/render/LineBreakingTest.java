package vn.vanban.reports.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders every protected form in boxes from 200 to 500 pt wide, one point apart, and reads the lines back: whatever
 * the width, the form stands whole on one line. All boxes go into one document, so that the sweep costs one render.
 */
class LineBreakingTest {

    private static final int NARROWEST = 200;
    private static final int WIDEST = 500;

    /** What the sentence carries, and the part of it that must not be broken. */
    private record Form(String embedded, String unbroken) {

        Form(String embedded) {
            this(embedded, embedded);
        }
    }

    private static final List<Form> FORMS = List.of(
            new Form("ngày 04/7/2017"),
            new Form("19/3/2019"),
            // The range is what must hold together; the words after it may wrap like any others.
            new Form("02-03 tổ chức đảng", "02-03"),
            new Form("Số 09-TB/BCĐ"),
            new Form("09-NQ/TU"),
            new Form("Số: 09/TB-UBND"),
            new Form("30/2020/NĐ-CP"),
            new Form("ngày 19 tháng 3 năm 2019"));

    private static final String[] FILLER = ("Thành viên Ban chỉ đạo căn cứ Thông báo phân công nhiệm vụ, chủ động phối hợp "
            + "Đảng ủy các phường theo dõi việc tuyên truyền, rà soát, gặp gỡ, vận động thành lập tổ chức đảng trong "
            + "doanh nghiệp ngoài khu vực Nhà nước có đảng viên và báo cáo kết quả").split(" ");

    private static final String TAIL = " theo đúng tiến độ, báo cáo Thường trực Quận ủy kết quả thực hiện trong quý.";

    private static final Pattern MARKER = Pattern.compile("#\\d+\\.\\d+#");

    @Test
    void keepsDatesRangesAndDocumentNumbersOnOneLineInBoxesFrom200To500PointsWide() throws IOException {
        Map<String, List<String>> linesByMarker = linesByMarker(new PdfRenderer().renderXhtml(sweep()));

        List<String> broken = new ArrayList<>();
        int beginningALine = 0;
        for (int width = NARROWEST; width <= WIDEST; width++) {
            for (int form = 0; form < FORMS.size(); form++) {
                String unbroken = FORMS.get(form).unbroken();
                List<String> lines = linesByMarker.getOrDefault(marker(width, form), List.of());
                if (lines.stream().noneMatch(line -> line.contains(unbroken))) {
                    broken.add(unbroken + " at " + width + " pt: " + String.join(" | ", lines));
                }
                if (lines.stream().skip(1).anyMatch(line -> line.startsWith(unbroken))) {
                    beginningALine++;
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(beginningALine).as("boxes where a form went whole to the next line").isGreaterThan(400);
    }

    /** One box per width and form; the prefix changes with both, so that the form meets the line's end often. */
    private static String sweep() {
        StringBuilder x = new StringBuilder(1 << 20);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">")
                .append("<head><meta charset=\"UTF-8\"/><title>Ngắt dòng</title><style>")
                // The body's type of document.css, on a page wide enough for the widest box.
                .append("@page { size: 600pt 842pt; margin: 20pt; } ")
                .append("body { font-family: 'Liberation Serif'; font-size: 14pt; line-height: 1.25; } ")
                .append(".box { text-align: justify; margin-bottom: 4pt; }")
                .append("</style></head><body>");
        for (int width = NARROWEST; width <= WIDEST; width++) {
            for (int form = 0; form < FORMS.size(); form++) {
                int words = 2 + (width * 7 + form * 5) % (FILLER.length - 2);
                x.append("<div>").append(marker(width, form)).append("</div>")
                        .append("<div class=\"box\" style=\"width: ").append(width).append("pt\">")
                        .append(Xml.text(String.join(" ", Arrays.copyOf(FILLER, words)) + " "
                                + FORMS.get(form).embedded() + TAIL))
                        .append("</div>");
            }
        }
        return x.append("</body></html>").toString();
    }

    private static String marker(int width, int form) {
        return "#" + width + "." + form + "#";
    }

    private static Map<String, List<String>> linesByMarker(byte[] pdf) throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        Map<String, List<String>> linesByMarker = new HashMap<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String collapsed = line.replaceAll("\\s+", " ").strip();
            if (MARKER.matcher(collapsed).matches()) {
                current = new ArrayList<>();
                linesByMarker.put(collapsed, current);
            } else if (!collapsed.isEmpty()) {
                current.add(collapsed);
            }
        }
        return linesByMarker;
    }
}
