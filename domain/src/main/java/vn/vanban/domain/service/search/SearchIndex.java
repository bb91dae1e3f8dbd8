package vn.vanban.domain.service.search;

import vn.vanban.domain.model.shared.BaseEntity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The word index over documents and articles. */
public interface SearchIndex {

    /**
     * How many hits of one kind a search ranks and counts at most: the newest ones, when a query has more. Bounds the
     * work of a search that names nothing in particular; 15 pages of 20 are more than anybody reads.
     */
    int CANDIDATES = 300;

    /** What one search found: hits in {@link RankedItem#RANKING} order, and how many there are (at most the cap). */
    record Found(List<RankedItem> items, long total) {

        /** There were more hits than the ones ranked and counted. */
        public boolean capped() {
            return total >= CANDIDATES;
        }
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

    /**
     * Waits for any transaction that is changing item {@code id} of {@code kind}, holds the item until this
     * transaction ends, and says whether it exists and is not indexed as it is now. What indexes an item found stale
     * calls it first, so that it never replaces the item's words at the same moment as the service changing it.
     */
    boolean holdIfStale(SearchHit.Kind kind, long id);
}
