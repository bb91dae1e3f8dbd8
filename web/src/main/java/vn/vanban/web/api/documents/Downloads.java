package vn.vanban.web.api.documents;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * {@code Content-Disposition} for files with Vietnamese names (RFC 6266): an ASCII fallback without accents for old
 * clients, and the real name in UTF-8 as {@code filename*}.
 */
public final class Downloads {

    private Downloads() {
    }

    public static String attachment(String fileName) {
        String nfc = Normalizer.normalize(fileName, Normalizer.Form.NFC).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        String ascii = Normalizer.normalize(nfc.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7E]", "_");
        String encoded = URLEncoder.encode(nfc, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
