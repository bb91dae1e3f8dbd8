package vn.vanban.domain.service.search;

import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.util.ArrayList;
import java.util.List;

/**
 * What a visitor typed into the search box, as words that must all occur (AND). Every word but the last must match
 * a whole word; the last may be the start of one, because people search while they type ({@code nghi quy}).
 */
public record SearchQuery(List<Word> words) {

    /** More words narrow nothing useful and only make the query slower. */
    public static final int MAX_WORDS = 8;

    public SearchQuery {
        words = List.copyOf(words);
    }

    /** The query of {@code text}; blank text (or only punctuation) is VALIDATION_FAILED on {@code q}. */
    public static SearchQuery parse(String text) {
        List<Word> words = new ArrayList<>(Words.of(text));
        words.removeIf(w -> w.term().isEmpty());
        if (words.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "q");
        }
        List<Word> distinct = new ArrayList<>();
        for (Word word : words) {
            if (distinct.stream().noneMatch(w -> w.term().equals(word.term())) && distinct.size() < MAX_WORDS) {
                distinct.add(word);
            }
        }
        return new SearchQuery(distinct);
    }

    public boolean isPrefix(int index) {
        return index == words.size() - 1;
    }

    /** Whether a text with these words matches: every query word occurs folded (the last as a prefix). */
    public boolean matches(String text) {
        var indexed = Words.of(text);
        for (int i = 0; i < words.size(); i++) {
            String term = words.get(i).term();
            boolean prefix = isPrefix(i);
            if (indexed.stream().noneMatch(w -> prefix ? w.term().startsWith(term) : w.term().equals(term))) {
                return false;
            }
        }
        return true;
    }

    /** How many query words occur with exactly the diacritics typed; ranks those hits first. */
    public int exactMatches(String text) {
        var indexed = Words.of(text);
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            String exact = words.get(i).exact();
            boolean prefix = isPrefix(i);
            if (indexed.stream().anyMatch(w -> prefix ? w.exact().startsWith(exact) : w.exact().equals(exact))) {
                count++;
            }
        }
        return count;
    }
}
