package vn.vanban.domain.service.search;

import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a visitor typed into the search box, as whole words that must all occur (AND), folded or exact. */
public record SearchQuery(List<Word> words) {

    /** More words narrow nothing useful and only make the query slower. */
    public static final int MAX_WORDS = 8;

    public SearchQuery {
        words = List.copyOf(words);
    }

    /** The query of {@code text}; blank text (or only punctuation) is VALIDATION_FAILED on {@code q}. */
    public static SearchQuery parse(String text) {
        List<Word> distinct = new ArrayList<>();
        for (Word word : Words.of(text)) {
            if (!word.term().isEmpty() && distinct.size() < MAX_WORDS
                    && distinct.stream().noneMatch(w -> w.term().equals(word.term()))) {
                distinct.add(word);
            }
        }
        if (distinct.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "q");
        }
        return new SearchQuery(distinct);
    }

    /** Whether a text matches: every query word occurs in it, folded. */
    public boolean matches(String text) {
        Set<Word> indexed = Words.of(text);
        return words.stream().allMatch(q -> indexed.stream().anyMatch(w -> w.term().equals(q.term())));
    }

    /** How many query words occur in {@code text} with exactly the diacritics typed; ranks those hits first. */
    public int exactMatches(String text) {
        Set<Word> indexed = Words.of(text);
        return (int) words.stream().filter(q -> indexed.stream().anyMatch(w -> w.exact().equals(q.exact()))).count();
    }
}
