package vn.vanban.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import vn.vanban.domain.model.shared.BaseEntity;
import vn.vanban.domain.service.search.IndexedWords;
import vn.vanban.domain.service.search.SearchHit;
import vn.vanban.domain.service.search.SearchIndex;
import vn.vanban.domain.service.search.SearchQuery;
import vn.vanban.domain.service.search.SearchScope;
import vn.vanban.domain.service.search.Word;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class JpaSearchIndex implements SearchIndex {

    /** An item (t) without index entry (i), or indexed at another version than it has now. */
    private static final String STALE = "i.item_id IS NULL OR i.indexed_version <> t.version";

    @PersistenceContext
    private EntityManager em;

    @Override
    public void index(SearchHit.Kind kind, BaseEntity item, Instant date, int reach, Set<Word> words) {
        em.flush();
        long id = item.getId();
        String code = WordIndexSearch.code(kind);
        Timestamp dated = Timestamp.from(date == null ? item.getCreated() : date);
        em.createNativeQuery("DELETE FROM search_word WHERE kind = ? AND item_id = ?")
                .setParameter(1, code).setParameter(2, id).executeUpdate();
        em.createNativeQuery("DELETE FROM search_item WHERE kind = ? AND item_id = ?")
                .setParameter(1, code).setParameter(2, id).executeUpdate();
        insertWords(code, id, dated, reach, IndexedWords.of(words));
        em.createNativeQuery("INSERT INTO search_item (kind, item_id, indexed_version) VALUES (?, ?, ?)")
                .setParameter(1, code).setParameter(2, id).setParameter(3, item.getVersion()).executeUpdate();
    }

    /**
     * One JDBC batch on the transaction's own connection. A document has a few hundred distinct words, and one
     * statement per word was most of the numbering transaction; a multi-row native query instead costs EclipseLink
     * time quadratic in its parameters (it looks each one up in a vector).
     */
    private void insertWords(String code, long id, Timestamp dated, int reach, Map<String, String> words) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO search_word (kind, term, item_id, item_date, exact, reach) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, String> word : words.entrySet()) {
                insert.setString(1, code);
                insert.setString(2, word.getKey());
                insert.setLong(3, id);
                insert.setTimestamp(4, dated);
                insert.setString(5, word.getValue());
                insert.setInt(6, reach);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("The words of " + code + " " + id + " cannot be indexed", e);
        }
    }

    @Override
    public Found find(SearchHit.Kind kind, SearchQuery query, SearchScope scope, int max) {
        return new WordIndexSearch(this::rows).find(kind, query, scope, max);
    }

    @Override
    public List<Long> stale(SearchHit.Kind kind, int max) {
        return rows("SELECT t.id FROM " + table(kind) + " t LEFT JOIN search_item i ON i.kind = ? AND i.item_id = t.id"
                        + " WHERE " + STALE + " ORDER BY t.id OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY",
                List.of(WordIndexSearch.code(kind), max))
                .stream().map(row -> ((Number) row[0]).longValue()).toList();
    }

    @Override
    public boolean isStale(SearchHit.Kind kind, long id) {
        return !rows("SELECT t.id FROM " + table(kind) + " t LEFT JOIN search_item i ON i.kind = ? AND i.item_id = t.id"
                + " WHERE t.id = ? AND (" + STALE + ")", List.of(WordIndexSearch.code(kind), id)).isEmpty();
    }

    private static String table(SearchHit.Kind kind) {
        return switch (kind) {
            case DOCUMENT -> "document";
            case ARTICLE -> "article";
            case INCOMING -> "incoming_document";
        };
    }

    private List<Object[]> rows(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return ((List<?>) query.getResultList()).stream()
                .map(row -> row instanceof Object[] columns ? columns : new Object[]{row}).toList();
    }
}
