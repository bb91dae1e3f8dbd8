package vn.vanban.reports.render;

import java.text.Normalizer;

/** Text made safe for XHTML, and in NFC: neither PDFBox nor openhtmltopdf place decomposed accents correctly. */
final class Xml {

    private Xml() {
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
        StringBuilder escaped = new StringBuilder(nfc.length() + 16);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Sanitised HTML as XHTML: in NFC, named entities the XML parser does not know turned into numbers. */
    static String fragment(String sanitisedHtml) {
        if (sanitisedHtml == null) {
            return "";
        }
        return Normalizer.normalize(sanitisedHtml, Normalizer.Form.NFC)
                .replace("&nbsp;", "&#160;")
                .replaceAll("<br>", "<br/>");
    }
}
