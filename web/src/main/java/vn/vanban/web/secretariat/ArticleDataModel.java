package vn.vanban.web.secretariat;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.vanban.application.Actor;
import vn.vanban.application.news.NewsService;
import vn.vanban.domain.model.news.Article;
import vn.vanban.domain.model.news.ArticleStatus;
import vn.vanban.web.faces.LoadedPage;
import vn.vanban.web.faces.SerializableSupplier;

import java.util.List;
import java.util.Map;

/** Articles one page at a time, in the status the page is narrowed to. */
class ArticleDataModel extends LazyDataModel<Article> {

    private static final long serialVersionUID = 1L;

    private final NewsService news;
    private final Actor actor;
    private final SerializableSupplier<ArticleStatus> status;

    ArticleDataModel(NewsService news, Actor actor, SerializableSupplier<ArticleStatus> status) {
        this.news = news;
        this.actor = actor;
        this.status = status;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(news.count(actor, status.get()));
    }

    @Override
    public List<Article> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return LoadedPage.of(news.list(actor, status.get(), first, pageSize));
    }

    @Override
    public String getRowKey(Article article) {
        return String.valueOf(article.getId());
    }
}
