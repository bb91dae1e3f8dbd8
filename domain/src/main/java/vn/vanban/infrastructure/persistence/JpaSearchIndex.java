package vn.vanban.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import vn.vanban.domain.model.shared.BaseEntity;
import vn.vanban.domain.service.search.RankedItem;
import vn.vanban.domain.service.search.SearchHit;
import vn.vanban.domain.service.search.SearchIndex;
import vn.vanban.domain.service.search.SearchQuery;
import vn.vanban.domain.service.search.SearchScope;
import vn.vanban.domain.service.search.Word;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class JpaSearchIndex implements SearchIndex {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void index(SearchHit.Kind kind, BaseEntity item, Set<Word> words) {
        em.flush();
        long id = item.getId();
        long version = item.getVersion();
        String code = SearchSql.code(kind);
        em.createNativeQuery("DELETE FROM search_word WHERE kind = ? AND item_id = ?")
                .setParameter(1, code).setParameter(2, id).executeUpdate();
        em.createNativeQuery("DELETE FROM search_item WHERE kind = ? AND item_id = ?")
                .setParameter(1, code).setParameter(2, id).executeUpdate();
        for (Word word : words) {
            if (!word.term().isEmpty()) {
                em.createNativeQuery("INSERT INTO search_word (kind, term, item_id, word) VALUES (?, ?, ?, ?)")
                        .setParameter(1, code).setParameter(2, word.term()).setParameter(3, id)
                        .setParameter(4, word.exact()).executeUpdate();
            }
        }
        em.createNativeQuery("INSERT INTO search_item (kind, item_id, indexed_version) VALUES (?, ?, ?)")
                .setParameter(1, code).setParameter(2, id).setParameter(3, version).executeUpdate();
    }

    @Override
    public List<RankedItem> find(SearchHit.Kind kind, SearchQuery query, SearchScope scope, int max) {
        List<?> rows = query(SearchSql.find(kind, query, scope, max)).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new RankedItem(kind, ((Number) row[0]).longValue(), ((Number) row[1]).intValue(),
                        instant(row[2])))
                .toList();
    }

    @Override
    public long count(SearchHit.Kind kind, SearchQuery query, SearchScope scope) {
        return ((Number) query(SearchSql.count(kind, query, scope)).getSingleResult()).longValue();
    }

    @Override
    public List<Long> stale(SearchHit.Kind kind, int max) {
        List<?> rows = query(SearchSql.stale(kind, max)).getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        return null;
    }

    private Query query(SearchSql.Statement statement) {
        Query query = em.createNativeQuery(statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setParameter(i + 1, statement.parameters().get(i));
        }
        return query;
    }
}
