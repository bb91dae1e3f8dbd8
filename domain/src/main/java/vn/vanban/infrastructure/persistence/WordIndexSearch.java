package vn.vanban.infrastructure.persistence;

import vn.vanban.domain.service.search.IndexedWords;
import vn.vanban.domain.service.search.RankedItem;
import vn.vanban.domain.service.search.SearchHit;
import vn.vanban.domain.service.search.SearchIndex;
import vn.vanban.domain.service.search.SearchQuery;
import vn.vanban.domain.service.search.SearchScope;
import vn.vanban.domain.service.search.Word;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Search over the word index with bounded work, in one statement that is the same on H2 and PostgreSQL (B-tree
 * range and point lookups only): the query word found in the fewest items drives; its entries the reader may reach
 * are read newest first straight from the index, each kept when every other word has an entry for the same item,
 * until {@link #CANDIDATES} hits; ranking (exact diacritics, then date) happens here. When a query has more hits than
 * that, the newest {@link #CANDIDATES} are the ones ranked and counted: such a query names nothing in particular,
 * and nobody pages that far.
 * <p>
 * Kept apart from JPA behind {@link Sql} so that the benchmark runs exactly these statements over plain JDBC.
 */
public final class WordIndexSearch {

    public static final int CANDIDATES = SearchIndex.CANDIDATES;

    /** Runs one statement with {@code ?} parameters and gives its rows. */
    @FunctionalInterface
    public interface Sql {
        List<Object[]> rows(String sql, List<Object> parameters);
    }

    private final Sql sql;

    public WordIndexSearch(Sql sql) {
        this.sql = sql;
    }

    public static String code(SearchHit.Kind kind) {
        return switch (kind) {
            case DOCUMENT -> "D";
            case ARTICLE -> "A";
            case INCOMING -> "I";
        };
    }

    public SearchIndex.Found find(SearchHit.Kind kind, SearchQuery query, SearchScope scope, int max) {
        String code = code(kind);
        List<Word> words = new ArrayList<>(query.words());
        Word driver = words.size() == 1 ? words.get(0)
                : Collections.min(words, (a, b) -> Long.compare(frequency(code, a), frequency(code, b)));
        words.remove(driver);

        List<Object> parameters = new ArrayList<>();
        StringBuilder select = new StringBuilder("SELECT d.item_id, d.item_date, d.exact");
        for (int i = 0; i < words.size(); i++) {
            select.append(", (SELECT w.exact FROM search_word w WHERE w.kind = ? AND w.term = ? AND w.item_id = d.item_id)");
            parameters.add(code);
            parameters.add(words.get(i).term());
        }
        StringBuilder where = new StringBuilder(" FROM search_word d WHERE d.kind = ? AND d.term = ? AND d.reach <= ?");
        parameters.addAll(List.of(code, driver.term(), scope.reach()));
        for (Word word : words) {
            where.append(" AND EXISTS (SELECT 1 FROM search_word w WHERE w.kind = ? AND w.term = ? AND w.item_id = d.item_id)");
            parameters.add(code);
            parameters.add(word.term());
        }
        where.append(readable(kind, scope, parameters));
        // kind and term are fixed by the WHERE clause; naming them lets H2 see that the index already has the order
        // (it sorted every entry of the word otherwise: 0.4 to 1 s for a common word at 100,000 documents).
        where.append(" ORDER BY d.kind, d.term, d.item_date DESC, d.item_id DESC OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY");
        parameters.add(CANDIDATES);
        List<RankedItem> ranked = new ArrayList<>();
        for (Object[] row : sql.rows(select.toString() + where, parameters)) {
            int exact = exact(row[2], driver);
            for (int i = 0; i < words.size(); i++) {
                exact += exact(row[3 + i], words.get(i));
            }
            ranked.add(new RankedItem(kind, ((Number) row[0]).longValue(), exact, instant(row[1])));
        }
        ranked.sort(RankedItem.RANKING);
        return new SearchIndex.Found(ranked.subList(0, Math.min(max, ranked.size())), ranked.size());
    }

    /**
     * The reach column already hides drafts and what is not public from whoever may not see them; a member's search
     * also checks the committees of documents addressed to some committees only. Incoming documents are indexed for
     * members and staff; who of them may read one is decided by the incoming documents' own rule, after the search.
     */
    private static String readable(SearchHit.Kind kind, SearchScope scope, List<Object> parameters) {
        if (kind != SearchHit.Kind.DOCUMENT || scope.reach() != SearchScope.MEMBERS) {
            return "";
        }
        parameters.addAll(scope.committeeIds().stream().sorted().toList());
        return " AND EXISTS (SELECT 1 FROM document t WHERE t.id = d.item_id AND (t.audience IN ('PUBLIC', 'ALL_MEMBERS')"
                + " OR EXISTS (SELECT 1 FROM document_audience_committee c WHERE c.document_id = t.id"
                + " AND c.committee_id IN (" + placeholders(scope.committeeIds().size()) + "))))";
    }

    /** How many items have the word, counted up to one more than the candidates, so that it stays cheap. */
    private long frequency(String code, Word word) {
        List<Object[]> rows = sql.rows("SELECT COUNT(*) FROM (SELECT item_id FROM search_word WHERE kind = ? AND term = ?"
                + " OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY) w", List.of(code, word.term(), CANDIDATES + 1));
        return ((Number) rows.get(0)[0]).longValue();
    }

    private static int exact(Object stored, Word word) {
        return IndexedWords.hasExact((String) stored, word.exact()) ? 1 : 0;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        return null;
    }
}
