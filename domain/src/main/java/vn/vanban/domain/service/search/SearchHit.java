package vn.vanban.domain.service.search;

import java.time.Instant;
import java.util.Locale;

/**
 * One search result as it is shown: a document (with its number), an article, or an incoming document (with its number
 * and symbol, its sender as excerpt), in ranking order.
 */
public record SearchHit(Kind kind, long id, String title, String number, String excerpt, Instant date,
                        int exactMatches) {

    public enum Kind { DOCUMENT, ARTICLE, INCOMING }

    /** The API's and the page's name of the kind: {@code document}, {@code article} or {@code incoming}. */
    public String kindName() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
