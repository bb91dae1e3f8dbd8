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
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class JpaSearchIndex implements SearchIndex {

    @PersistenceContext
    private EntityManager em;

    /**
     * Holds the item's index entry (the service that changed the item holds the item's row already, since the flush),
     * then replaces its words on the transaction's own connection.
     */
    @Override
    public void index(SearchHit.Kind kind, BaseEntity item, Instant date, int reach, Set<Word> words) {
        em.flush();
        Timestamp dated = Timestamp.from(date == null ? item.getCreated() : date);
        ItemWordRows rows = new ItemWordRows(em.unwrap(Connection.class), kind, item.getId());
        try {
            rows.hold();
            rows.replace(IndexedWords.of(words), dated, reach, item.getVersion());
        } catch (SQLException e) {
            throw new PersistenceException("The words of " + kind + " " + item.getId() + " cannot be indexed", e);
        }
    }

    @Override
    public Found find(SearchHit.Kind kind, SearchQuery query, SearchScope scope, int max) {
        try {
            CustomPlans.forThisTransaction(em.unwrap(Connection.class));
        } catch (SQLException e) {
            throw new PersistenceException("The search cannot be planned for its words", e);
        }
        return new WordIndexSearch(this::rows).find(kind, query, scope, max);
    }

    @Override
    public List<Long> stale(SearchHit.Kind kind, int max) {
        return rows("SELECT t.id FROM " + ItemWordRows.table(kind)
                        + " t LEFT JOIN search_item i ON i.kind = ? AND i.item_id = t.id"
                        + " WHERE " + ItemWordRows.STALE + " ORDER BY t.id OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY",
                List.of(WordIndexSearch.code(kind), max))
                .stream().map(row -> ((Number) row[0]).longValue()).toList();
    }

    @Override
    public boolean holdIfStale(SearchHit.Kind kind, long id) {
        ItemWordRows rows = new ItemWordRows(em.unwrap(Connection.class), kind, id);
        try {
            return rows.hold() && rows.isStale();
        } catch (SQLException e) {
            throw new PersistenceException("Whether " + kind + " " + id + " is indexed cannot be read", e);
        }
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
