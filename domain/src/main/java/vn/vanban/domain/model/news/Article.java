package vn.vanban.domain.model.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentBody;
import vn.vanban.domain.model.shared.BaseEntity;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.Texts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A news article of the public page "Tin mới nhất". Guarantees: the body is sanitised by the same policy as
 * document bodies and NFC-normalised; only a published article is shown to the public; the time of first
 * publication stays when an article is taken down and published again. The view count is never written from the
 * entity: it only grows through one atomic database update per counted view, so concurrent readers and an editor
 * saving the article never overwrite each other's work.
 */
@Entity
@Table(name = "article")
public class Article extends BaseEntity {

    /** The sizes of the text columns; the domain refuses or shortens text beyond them by the same numbers. */
    public static final int TITLE_LENGTH = 500;
    public static final int SUMMARY_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    private Long id;

    @NotNull
    @Size(max = TITLE_LENGTH)
    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Size(max = SUMMARY_LENGTH)
    @Column(name = "summary", length = SUMMARY_LENGTH)
    private String summary;

    @Column(name = "body", nullable = false, length = 1_000_000)
    private String body;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private UserAccount author;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ArticleStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "view_count", nullable = false, updatable = false)
    private long viewCount;

    @ManyToMany
    @JoinTable(name = "article_document", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "sort_order")
    private List<Document> relatedDocuments = new ArrayList<>();

    protected Article() {
    }

    public Article(UserAccount author, ArticleContent content) {
        this.author = Objects.requireNonNull(author, "author");
        this.status = ArticleStatus.DRAFT;
        apply(content);
    }

    public void revise(ArticleContent content) {
        apply(content);
    }

    /** Publishes now, or at {@code at} for an article carried over from elsewhere; the first date stays. */
    public void publish(Instant at) {
        if (status == ArticleStatus.PUBLISHED) {
            throw new DomainException(ErrorCode.ILLEGAL_TRANSITION, "status");
        }
        status = ArticleStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = Objects.requireNonNull(at, "at");
        }
    }

    public void unpublish() {
        if (status != ArticleStatus.PUBLISHED) {
            throw new DomainException(ErrorCode.ILLEGAL_TRANSITION, "status");
        }
        status = ArticleStatus.DRAFT;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** The words search indexes: title, lead and the body's text. */
    public String searchableText() {
        return title + "\n" + (summary == null ? "" : summary) + "\n" + DocumentBody.plainText(body);
    }

    private void apply(ArticleContent content) {
        this.title = Texts.required(content.title(), TITLE_LENGTH, ErrorCode.TITLE_REQUIRED, "title");
        this.summary = Texts.optional(content.summary(), SUMMARY_LENGTH, "summary");
        this.body = DocumentBody.sanitise(content.body());
        List<Document> distinct = content.relatedDocuments().stream().distinct().toList();
        this.relatedDocuments = new ArrayList<>(distinct);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getViewCount() {
        return viewCount;
    }

    public List<Document> getRelatedDocuments() {
        return Collections.unmodifiableList(relatedDocuments);
    }
}
