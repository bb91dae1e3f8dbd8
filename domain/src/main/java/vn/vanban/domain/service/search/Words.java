package vn.vanban.domain.service.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into words as the index stores them: runs of letters and digits, so that a number such as
 * {@code 09-NQ/TU} gives {@code 09}, {@code nq} and {@code tu}, each findable alone.
 */
public final class Words {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private Words() {
    }

    /** The distinct words of {@code text}, in order of first appearance. */
    public static Set<Word> of(String text) {
        Set<Word> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String token : SEPARATORS.split(Normalizer.normalize(text, Normalizer.Form.NFC))) {
            if (!token.isEmpty()) {
                words.add(Word.of(token));
            }
        }
        return words;
    }
}
