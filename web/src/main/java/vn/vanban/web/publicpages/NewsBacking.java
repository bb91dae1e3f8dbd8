package vn.vanban.web.publicpages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.news.NewsService;
import vn.vanban.domain.model.news.Article;

import java.util.List;

/**
 * "Tin mới nhất" on the public home page ({@code index.xhtml?page=}): published articles, newest first, one page
 * at a time from the database. Plain links page through it, so every page has its own address.
 */
@Named
@RequestScoped
public class NewsBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    private NewsService news;

    private int page = 1;
    private List<Article> articles;
    private long total;

    public void load() {
        total = news.countPublished();
        page = Math.max(1, Math.min(page, getPages()));
        articles = news.published((page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public int getPages() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return page < getPages();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public List<Article> getArticles() {
        return articles;
    }

    public long getTotal() {
        return total;
    }
}
