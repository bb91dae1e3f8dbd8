package vn.vanban.domain.model.news;

import java.util.List;
import java.util.Optional;

public interface ArticleRepository {

    Optional<Article> find(long id);

    void add(Article article);

    /** Articles with {@code status} (any status when null): published ones newest first, drafts last edited first. */
    List<Article> list(ArticleStatus status, int first, int max);

    long count(ArticleStatus status);

    /**
     * Adds {@code views} to a published article's count in one atomic update, never read-modify-write, so that
     * concurrent views on any number of instances are all counted. False when no published article has that id.
     */
    boolean addViews(long id, long views);
}
