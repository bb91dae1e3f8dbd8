package vn.vanban.domain.service.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as search compares it. Folded: lowercase ASCII without tone or vowel marks and with {@code đ}
 * read as {@code d}, so that {@code nghi quyet} finds {@code Nghị quyết}. Exact: lowercase NFC with every mark
 * kept, so that a match typed with the right diacritics can be ranked first.
 */
public final class Folding {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /** {@code Nghị quyết 09-NQ/TU} → {@code nghi quyet 09-nq/tu}; null is empty. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String withoutStroke = text.replace('đ', 'd').replace('Đ', 'D');
        String decomposed = Normalizer.normalize(withoutStroke, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** {@code Đường} → {@code đường}, in NFC whatever form it came in; null is empty. */
    public static String exact(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
