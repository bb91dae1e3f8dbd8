package vn.vanban.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import vn.vanban.domain.model.news.Article;
import vn.vanban.domain.model.news.ArticleRepository;
import vn.vanban.domain.model.news.ArticleStatus;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaArticleRepository implements ArticleRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Article> find(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    @Override
    public void add(Article article) {
        em.persist(article);
    }

    @Override
    public List<Article> list(ArticleStatus status, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Article> query = cb.createQuery(Article.class);
        Root<Article> article = query.from(Article.class);
        query.select(article);
        if (status != null) {
            query.where(cb.equal(article.get("status"), status));
        }
        if (status == ArticleStatus.PUBLISHED) {
            query.orderBy(cb.desc(article.get("publishedAt")), cb.desc(article.get("id")));
        } else {
            query.orderBy(cb.desc(article.get("lastModified")), cb.desc(article.get("id")));
        }
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(ArticleStatus status) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Article> article = query.from(Article.class);
        query.select(cb.count(article));
        if (status != null) {
            query.where(cb.equal(article.get("status"), status));
        }
        return em.createQuery(query).getSingleResult();
    }

    @Override
    public boolean addViews(long id, long views) {
        return em.createNativeQuery("UPDATE article SET view_count = view_count + ? WHERE id = ? AND status = 'PUBLISHED'")
                .setParameter(1, views).setParameter(2, id).executeUpdate() == 1;
    }
}
