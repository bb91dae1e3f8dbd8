package vn.vanban.domain.service.search;

import vn.vanban.domain.model.shared.BaseEntity;

import java.util.List;
import java.util.Set;

/** The word index over documents and articles. */
public interface SearchIndex {

    /** Replaces the words of one item, recording which version of it they describe (pending changes included). */
    void index(SearchHit.Kind kind, BaseEntity item, Set<Word> words);

    /** Items of {@code kind} within {@code scope} that have every query word, in {@link RankedItem#RANKING} order. */
    List<RankedItem> find(SearchHit.Kind kind, SearchQuery query, SearchScope scope, int max);

    long count(SearchHit.Kind kind, SearchQuery query, SearchScope scope);

    /** Items never indexed, or changed since: what the sweep indexes. */
    List<Long> stale(SearchHit.Kind kind, int max);
}
