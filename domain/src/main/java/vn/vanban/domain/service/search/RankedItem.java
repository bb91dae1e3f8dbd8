package vn.vanban.domain.service.search;

import java.time.Instant;
import java.util.Comparator;

/**
 * An item the index found, with how many query words it matched with the exact diacritics typed, and its date
 * (issue or publication, else creation). {@link #RANKING}: more exact matches first, then the newest.
 */
public record RankedItem(SearchHit.Kind kind, long id, int exactMatches, Instant date) {

    public static final Comparator<RankedItem> RANKING = Comparator
            .comparingInt(RankedItem::exactMatches).reversed()
            .thenComparing(RankedItem::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(RankedItem::kind)
            .thenComparing(RankedItem::id, Comparator.reverseOrder());
}
