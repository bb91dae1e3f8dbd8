package vn.vanban.application.document;

import vn.vanban.domain.model.document.Document;

import java.text.Normalizer;

/** What an issued document's PDF is called when it leaves the portal: its number and summary, safe on any disk. */
public final class PdfFileNames {

    private PdfFileNames() {
    }

    /** {@code 12-TB_BCĐ Về việc triển khai ....pdf}; a document without a number is {@code van-ban-<id>}. */
    public static String of(Document document) {
        String number = document.getNumberText() == null ? "van-ban-" + document.getId()
                : document.getNumberText().replaceFirst("^Số:?\\s*", "");
        return safe(number + " " + document.getSummary()) + ".pdf";
    }

    /** The name in NFC, without the characters Windows, macOS or a ZIP reader would take as a path or refuse. */
    public static String safe(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\p{Cf}]", "_")
                .replaceAll("\\s+", " ").strip();
    }
}
