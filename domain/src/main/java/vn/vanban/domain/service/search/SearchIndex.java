package vn.vanban.domain.service.search;

import vn.vanban.domain.model.shared.BaseEntity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The word index over documents and articles. */
public interface SearchIndex {

    /** What one search found: hits in {@link RankedItem#RANKING} order, and how many there are. */
    record Found(List<RankedItem> items, long total) {
    }

    /**
     * Replaces the words of one item, dated {@code date} for ranking and reachable as {@code reach}
     * ({@link SearchScope#ANYONE}, ...), recording which version of it they describe (pending changes included).
     */
    void index(SearchHit.Kind kind, BaseEntity item, Instant date, int reach, Set<Word> words);

    /** The first {@code max} items of {@code kind} within {@code scope} that have every query word. */
    Found find(SearchHit.Kind kind, SearchQuery query, SearchScope scope, int max);

    /** Items never indexed, or changed since: what the sweep indexes. */
    List<Long> stale(SearchHit.Kind kind, int max);
}
