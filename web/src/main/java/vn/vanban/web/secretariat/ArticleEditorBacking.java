package vn.vanban.web.secretariat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.news.ArticleInput;
import vn.vanban.application.news.NewsService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentFilter;
import vn.vanban.domain.model.news.Article;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.web.faces.Feedback;
import vn.vanban.web.faces.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One article's editor ({@code secretariat/article.xhtml?id=}): title, lead, body, related documents; publication
 * on the public page and taking it down. A save over someone else's newer save is refused, not lost.
 */
@Named
@ViewScoped
public class ArticleEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "articleForm";

    @Inject
    private NewsService news;

    @Inject
    private DocumentService documents;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    private Long id;
    /*
     * Entities with lazy collections do not move with the view to another instance of the group (read back there they
     * could not load those collections): the article and the chosen documents are kept as ids and reloaded on first
     * use after a move.
     */
    private transient Article article;
    private String title;
    private String summary;
    private String body;
    private List<Long> relatedIds = new ArrayList<>();
    private transient List<Document> related;
    private long basedOnVersion;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException(ErrorCode.ARTICLE_NOT_FOUND);
            }
            reload();
        } catch (NotFoundException missing) {
            Pages.notFound();
        }
    }

    private void reload() {
        article = news.get(actor, id);
        title = article.getTitle();
        summary = article.getSummary();
        body = article.getBody();
        setRelated(new ArrayList<>(article.getRelatedDocuments()));
        basedOnVersion = article.getVersion();
    }

    public void save() {
        if (feedback.attempt(() -> news.update(actor, id, basedOnVersion,
                new ArticleInput(title, summary, body, relatedIds)), FORM)) {
            reload();
            feedback.info("secretariat_article.message.saved");
        }
    }

    public void publish() {
        if (feedback.attempt(() -> news.publish(actor, id), FORM)) {
            reload();
            feedback.info("secretariat_article.message.published");
        }
    }

    public void unpublish() {
        if (feedback.attempt(() -> news.unpublish(actor, id), FORM)) {
            reload();
            feedback.info("secretariat_article.message.unpublished");
        }
    }

    /** Documents to refer to, found by number or summary. */
    public List<Document> completeDocument(String query) {
        return documents.list(actor, new DocumentFilter(null, null, null, query), 0, 15);
    }

    public boolean isEditable() {
        return actor.has(Role.SECRETARIAT);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Article getArticle() {
        if (article == null && id != null) {
            article = news.get(actor, id);
        }
        return article;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<Document> getRelated() {
        if (related == null) {
            related = new ArrayList<>(relatedIds.stream().map(documentId -> documents.get(actor, documentId)).toList());
        }
        return related;
    }

    public void setRelated(List<Document> related) {
        this.related = related == null ? new ArrayList<>() : related;
        this.relatedIds = new ArrayList<>(this.related.stream().map(Document::getId).toList());
    }
}
