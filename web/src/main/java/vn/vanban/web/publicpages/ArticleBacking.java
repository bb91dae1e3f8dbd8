package vn.vanban.web.publicpages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.vanban.application.Actor;
import vn.vanban.application.news.NewsService;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.news.Article;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.web.faces.Pages;

import java.io.IOException;
import java.util.List;

/**
 * One article as the public reads it ({@code article.xhtml?id=}): its body, the related documents the reader may
 * see, and its view count, which this reading adds to unless the same browser was counted in the last 30 minutes.
 */
@Named
@RequestScoped
public class ArticleBacking {

    @Inject
    private NewsService news;

    @Inject
    private ViewCounter views;

    @Inject
    private Actor actor;

    private Long id;
    private Article article;
    private List<Document> related;
    private boolean counted;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException(ErrorCode.ARTICLE_NOT_FOUND);
            }
            article = news.get(actor, id);
            related = news.relatedDocuments(actor, id);
        } catch (NotFoundException missing) {
            Pages.notFound();
            return;
        }
        if (article.isPublished()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            counted = views.count(id, (HttpServletRequest) external.getRequest(),
                    (HttpServletResponse) external.getResponse());
        }
    }

    /** The count including this reading, when it was counted. */
    public long getViewCount() {
        return article.getViewCount() + (counted ? 1 : 0);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Article getArticle() {
        return article;
    }

    public List<Document> getRelated() {
        return related;
    }
}
