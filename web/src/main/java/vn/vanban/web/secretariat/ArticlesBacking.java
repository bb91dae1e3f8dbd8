package vn.vanban.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.news.ArticleInput;
import vn.vanban.application.news.NewsService;
import vn.vanban.domain.model.news.Article;
import vn.vanban.domain.model.news.ArticleStatus;
import vn.vanban.web.faces.Feedback;
import vn.vanban.web.faces.PagedDataModel;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The secretariat's list of news articles ({@code secretariat/articles.xhtml}) and the start of a new one. */
@Named
@ViewScoped
public class ArticlesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NewsService news;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    private PagedDataModel<Article> model;
    private ArticleStatus status;
    private String newTitle;

    @PostConstruct
    void init() {
        model = new PagedDataModel<>(() -> news.count(actor, status),
                (first, size) -> news.list(actor, status, first, size));
    }

    public void create() throws IOException {
        Optional<Article> created = feedback.resultOf(
                () -> news.create(actor, new ArticleInput(newTitle, null, null, List.of())), "newForm");
        if (created.isPresent()) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/secretariat/article.xhtml?id=" + created.get().getId());
        }
    }

    public ArticleStatus[] getStatuses() {
        return ArticleStatus.values();
    }

    public PagedDataModel<Article> getModel() {
        return model;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public void setStatus(ArticleStatus status) {
        this.status = status;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }
}
