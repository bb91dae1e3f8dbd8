package vn.vanban.domain.service.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words of one item as the index stores them: each folded word with the exact forms it had in that item
 * ({@code duong} → {@code đường dương}), space-separated, so that ranking can tell which hits had the diacritics typed.
 */
public final class IndexedWords {

    /** Room for the exact forms of one folded word; a rare text with more variants keeps the first ones. */
    public static final int MAX_EXACT_LENGTH = 400;

    private IndexedWords() {
    }

    public static Map<String, String> of(Set<Word> words) {
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        for (Word word : words) {
            if (!word.term().isEmpty()) {
                forms.computeIfAbsent(word.term(), t -> new LinkedHashSet<>()).add(word.exact());
            }
        }
        Map<String, String> stored = new LinkedHashMap<>();
        forms.forEach((term, exact) -> {
            StringBuilder joined = new StringBuilder();
            for (String form : exact) {
                if (joined.length() + form.length() + 1 <= MAX_EXACT_LENGTH) {
                    joined.append(joined.isEmpty() ? "" : " ").append(form);
                }
            }
            stored.put(term, joined.toString());
        });
        return stored;
    }

    /** Whether the stored exact forms include {@code exact}. */
    public static boolean hasExact(String stored, String exact) {
        return stored != null && Arrays.asList(stored.split(" ")).contains(exact);
    }
}
