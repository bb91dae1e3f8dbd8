package vn.vanban.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The demo minutes as a Word document, written by hand (WordprocessingML, no library), in the portal's layout: A4
 * with the margins of 36-HD/VPTW, Times New Roman 14 pt (LibreOffice uses the metric-compatible Liberation Serif,
 * the font the portal embeds), the two-column header, centred type and summary, justified body with a first-line
 * indent, the two signature blocks and the recipients. What the portal adds and this leaves out, in LibreOffice's
 * favour: the QR code, the signature and seal images, PDF/A and the signatures themselves.
 */
final class MinutesDocx {

    private static final Pattern PARAGRAPH = Pattern.compile("<p>(.*?)</p>", Pattern.DOTALL);
    private static final Pattern STRONG = Pattern.compile("<strong>(.*?)</strong>", Pattern.DOTALL);

    private MinutesDocx() {
    }

    record Minutes(String parentBody, String issuerName, String number, String dateLine, String typeTitle,
                   String summary, String bodyHtml, String recipients, String signerPosition, String signerName,
                   String secondSignerPosition, String secondSignerName) {

        static Minutes of(Portal.Reply document, Portal.Reply issuer) {
            return new Minutes(issuer.string("parentBody"), issuer.string("name"), document.string("number"),
                    MinutesBenchmark.dateLine(issuer.string("placeName"), LocalDate.parse(document.string("issueDate"))),
                    document.string("typeTitle"), document.string("summary"), document.string("body"),
                    document.string("recipients"), document.string("signerPosition"), document.string("signerName"),
                    document.string("secondSignerPosition"), document.string("secondSignerName"));
        }
    }

    static void write(Path docx, Minutes minutes) throws IOException {
        Files.createDirectories(docx.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(docx); ZipOutputStream zip = new ZipOutputStream(file)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            entry(zip, "word/_rels/document.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                    </Relationships>""");
            entry(zip, "word/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                    <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>
                    <w:sz w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>
                    <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
                    </w:styles>""");
            entry(zip, "word/document.xml", document(minutes));
        }
    }

    private static String document(Minutes m) {
        StringBuilder body = new StringBuilder();
        body.append(table(
                List.of(paragraph("center", false, false, m.parentBody().toUpperCase()),
                        paragraph("center", true, false, m.issuerName().toUpperCase()),
                        paragraph("center", false, false, "*"),
                        paragraph("center", false, false, m.number())),
                List.of(paragraph("center", true, false, "ĐẢNG CỘNG SẢN VIỆT NAM"),
                        paragraph("center", false, true, m.dateLine()))));
        body.append("<w:p><w:pPr><w:jc w:val=\"center\"/><w:spacing w:before=\"360\"/></w:pPr>")
                .append(run(m.typeTitle(), true, false)).append("</w:p>");
        body.append(paragraph("center", true, false, m.summary()));
        body.append(paragraph("center", false, false, "-----"));
        Matcher p = PARAGRAPH.matcher(m.bodyHtml());
        while (p.find()) {
            body.append("<w:p><w:pPr><w:jc w:val=\"both\"/><w:ind w:firstLine=\"567\"/><w:spacing w:after=\"120\"/></w:pPr>");
            body.append(runs(p.group(1))).append("</w:p>");
        }
        body.append(table(
                List.of(paragraph("center", true, false, m.secondSignerPosition()), blank(), blank(), blank(),
                        paragraph("center", true, false, m.secondSignerName())),
                List.of(paragraph("center", true, false, m.signerPosition()), blank(), blank(), blank(),
                        paragraph("center", true, false, m.signerName()))));
        body.append(paragraph("left", false, true, "Nơi nhận:"));
        for (String line : m.recipients().split("\n")) {
            body.append(paragraph("left", false, false, line));
        }
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s
                <w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>
                </w:body></w:document>""".formatted(body);
    }

    private static String runs(String html) {
        StringBuilder out = new StringBuilder();
        Matcher strong = STRONG.matcher(html);
        int at = 0;
        while (strong.find()) {
            out.append(run(text(html.substring(at, strong.start())), false, false));
            out.append(run(text(strong.group(1)), true, false));
            at = strong.end();
        }
        return out.append(run(text(html.substring(at)), false, false)).toString();
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static String table(List<String> left, List<String> right) {
        return "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr>"
                + "<w:tblGrid><w:gridCol w:w=\"4200\"/><w:gridCol w:w=\"5155\"/></w:tblGrid><w:tr>"
                + "<w:tc><w:tcPr><w:tcW w:w=\"4200\" w:type=\"dxa\"/></w:tcPr>" + String.join("", left) + "</w:tc>"
                + "<w:tc><w:tcPr><w:tcW w:w=\"5155\" w:type=\"dxa\"/></w:tcPr>" + String.join("", right) + "</w:tc>"
                + "</w:tr></w:tbl>";
    }

    private static String blank() {
        return "<w:p/>";
    }

    private static String paragraph(String alignment, boolean bold, boolean italic, String text) {
        return "<w:p><w:pPr><w:jc w:val=\"" + alignment + "\"/></w:pPr>" + run(text, bold, italic) + "</w:p>";
    }

    private static String run(String text, boolean bold, boolean italic) {
        if (text.isEmpty()) {
            return "";
        }
        String properties = (bold ? "<w:b/>" : "") + (italic ? "<w:i/>" : "");
        return "<w:r>" + (properties.isEmpty() ? "" : "<w:rPr>" + properties + "</w:rPr>")
                + "<w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
