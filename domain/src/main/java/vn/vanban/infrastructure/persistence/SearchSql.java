package vn.vanban.infrastructure.persistence;

import vn.vanban.domain.service.search.SearchHit;
import vn.vanban.domain.service.search.SearchQuery;
import vn.vanban.domain.service.search.SearchScope;
import vn.vanban.domain.service.search.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of search, the same text on H2 and PostgreSQL (plain B-tree range scans, no extension): one derived row
 * per item and query word, from the word index, with whether that word occurred with the exact diacritics; items
 * having a row for every query word are hits. Kept apart from JPA so that the benchmark runs exactly this SQL.
 */
public final class SearchSql {

    /** SQL text with {@code ?} parameters, in order. */
    public record Statement(String sql, List<Object> parameters) {
    }

    private static final List<String> READABLE_DOCUMENTS = List.of("'PUBLISHED'", "'REVOKED'", "'SUPERSEDED'");

    private SearchSql() {
    }

    public static Statement find(SearchHit.Kind kind, SearchQuery query, SearchScope scope, int max) {
        List<Object> parameters = new ArrayList<>();
        String matched = matched(kind, query, scope, parameters);
        parameters.add(max);
        return new Statement(matched + " ORDER BY exact_words DESC, item_date DESC, item_id DESC"
                + " OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY", parameters);
    }

    public static Statement count(SearchHit.Kind kind, SearchQuery query, SearchScope scope) {
        List<Object> parameters = new ArrayList<>();
        return new Statement("SELECT COUNT(*) FROM (" + matched(kind, query, scope, parameters) + ") hits", parameters);
    }

    public static Statement stale(SearchHit.Kind kind, int max) {
        String table = kind == SearchHit.Kind.DOCUMENT ? "document" : "article";
        return new Statement("SELECT t.id FROM " + table + " t LEFT JOIN search_item i ON i.kind = ? AND i.item_id = t.id"
                + " WHERE i.item_id IS NULL OR i.indexed_version <> t.version ORDER BY t.id"
                + " OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY", List.of(code(kind), max));
    }

    public static String code(SearchHit.Kind kind) {
        return kind == SearchHit.Kind.DOCUMENT ? "D" : "A";
    }

    private static String matched(SearchHit.Kind kind, SearchQuery query, SearchScope scope, List<Object> parameters) {
        StringBuilder perWord = new StringBuilder();
        List<Word> words = query.words();
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (i > 0) {
                perWord.append(" UNION ALL ");
            }
            if (query.isPrefix(i)) {
                perWord.append("SELECT w.item_id, MAX(CASE WHEN w.word LIKE ? THEN 1 ELSE 0 END) AS exact")
                        .append(" FROM search_word w WHERE w.kind = ? AND w.term >= ? AND w.term < ? GROUP BY w.item_id");
                parameters.add(word.exact() + "%");
                parameters.add(code(kind));
                parameters.add(word.term());
                parameters.add(successor(word.term()));
            } else {
                perWord.append("SELECT w.item_id, MAX(CASE WHEN w.word = ? THEN 1 ELSE 0 END) AS exact")
                        .append(" FROM search_word w WHERE w.kind = ? AND w.term = ? GROUP BY w.item_id");
                parameters.add(word.exact());
                parameters.add(code(kind));
                parameters.add(word.term());
            }
        }
        String sql = kind == SearchHit.Kind.DOCUMENT
                ? "SELECT t.id AS item_id, SUM(m.exact) AS exact_words,"
                + " COALESCE(CAST(t.issue_date AS TIMESTAMP), t.created) AS item_date"
                + " FROM (" + perWord + ") m JOIN document t ON t.id = m.item_id"
                + documentScope(scope, parameters)
                + " GROUP BY t.id, t.issue_date, t.created HAVING COUNT(*) = ?"
                : "SELECT t.id AS item_id, SUM(m.exact) AS exact_words, COALESCE(t.published_at, t.created) AS item_date"
                + " FROM (" + perWord + ") m JOIN article t ON t.id = m.item_id"
                + (scope.staff() ? "" : " WHERE t.status = 'PUBLISHED'")
                + " GROUP BY t.id, t.published_at, t.created HAVING COUNT(*) = ?";
        parameters.add(words.size());
        return sql;
    }

    private static String documentScope(SearchScope scope, List<Object> parameters) {
        if (scope.staff()) {
            return "";
        }
        String readable = " WHERE t.status IN (" + String.join(", ", READABLE_DOCUMENTS) + ")";
        if (scope.committeeIds().isEmpty()) {
            return readable + " AND t.audience = 'PUBLIC'";
        }
        String placeholders = String.join(", ", scope.committeeIds().stream().map(id -> "?").toList());
        parameters.addAll(scope.committeeIds().stream().sorted().toList());
        return readable + " AND (t.audience IN ('PUBLIC', 'ALL_MEMBERS') OR EXISTS (SELECT 1 FROM"
                + " document_audience_committee c WHERE c.document_id = t.id AND c.committee_id IN (" + placeholders + ")))";
    }

    /** The smallest string after every string starting with {@code prefix}, for a range scan of the index. */
    static String successor(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }
}
