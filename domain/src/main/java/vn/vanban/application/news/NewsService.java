package vn.vanban.application.news;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.audit.AuditTrail;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.meeting.MeetingService;
import vn.vanban.application.search.SearchIndexer;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.account.UserAccountRepository;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentRepository;
import vn.vanban.domain.model.document.DocumentStatus;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingNews;
import vn.vanban.domain.model.news.Article;
import vn.vanban.domain.model.news.ArticleContent;
import vn.vanban.domain.model.news.ArticleRepository;
import vn.vanban.domain.model.news.ArticleStatus;
import vn.vanban.domain.model.organisation.CommitteeRepository;
import vn.vanban.domain.model.organisation.Membership;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The news of the public page: the secretariat writes, publishes and takes down articles; everybody reads the
 * published ones, newest first. A view is counted by one atomic update of the article's counter, so counts are
 * exact under any number of concurrent readers and instances. Each method is one transaction.
 */
@Stateless
public class NewsService {

    @Inject
    private AuditTrail audit;

    @Inject
    private MeetingService meetings;

    @Inject
    private ArticleRepository articles;

    @Inject
    private DocumentRepository documents;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private CommitteeRepository committees;

    @Inject
    private SearchIndexer searchIndex;

    private final Clock clock = Clock.systemUTC();

    public Article create(Actor actor, ArticleInput input) {
        actor.require(Role.SECRETARIAT);
        UserAccount author = accounts.findByUsername(actor.username())
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_ALLOWED));
        Article article = new Article(author, content(input));
        articles.add(article);
        searchIndex.index(article);
        return article;
    }

    /**
     * A draft article from a meeting's record (when, who chaired, what was heard, how many spoke, the conclusions),
     * related to its minutes once they are published, for the secretariat to edit and publish.
     */
    public Article draftFromMeeting(Actor actor, long meetingId) {
        Meeting meeting = meetings.get(actor, meetingId);
        MeetingNews.Draft draft = MeetingNews.of(meeting, DocumentService.VIETNAM);
        List<Long> related = meeting.getMinutes() != null && meeting.getMinutes().getStatus() == DocumentStatus.PUBLISHED
                ? List.of(meeting.getMinutes().getId()) : List.of();
        return create(actor, new ArticleInput(draft.title(), draft.summary(), draft.body(), related));
    }

    /**
     * Saves the article. {@code basedOnVersion} is the version the editor loaded: if someone saved in between, the
     * save is refused with CONCURRENT_MODIFICATION instead of overwriting their work. Null skips the check.
     */
    public Article update(Actor actor, long id, Long basedOnVersion, ArticleInput input) {
        actor.require(Role.SECRETARIAT);
        Article article = find(id);
        if (basedOnVersion != null && basedOnVersion != article.getVersion()) {
            throw new DomainException(ErrorCode.CONCURRENT_MODIFICATION);
        }
        article.revise(content(input));
        searchIndex.index(article);
        return article;
    }

    public Article publish(Actor actor, long id) {
        return publish(actor, id, clock.instant());
    }

    /** Publishes with the given date of first publication, for articles carried over from the old site. */
    public Article publish(Actor actor, long id, Instant publishedAt) {
        actor.require(Role.SECRETARIAT);
        Article article = find(id);
        article.publish(publishedAt);
        searchIndex.index(article);
        audit.record(actor, AuditAction.ARTICLE_PUBLISHED, AuditTrail.article(id), article.getTitle());
        return article;
    }

    public Article unpublish(Actor actor, long id) {
        actor.require(Role.SECRETARIAT);
        Article article = find(id);
        article.unpublish();
        searchIndex.index(article);
        return article;
    }

    /** The article if {@code actor} may read it: staff read drafts too, everybody else only published articles. */
    public Article get(Actor actor, long id) {
        Article article = find(id);
        if (article.isPublished() || actor.isStaff()) {
            return article;
        }
        throw new NotFoundException(ErrorCode.ARTICLE_NOT_FOUND);
    }

    /** The documents the article refers to that {@code actor} may read: the public only sees public ones. */
    public List<Document> relatedDocuments(Actor actor, long id) {
        Article article = get(actor, id);
        if (actor.isStaff()) {
            return article.getRelatedDocuments();
        }
        Set<Long> mine = actor.username() == null ? Set.of() : committees.membershipsOf(actor.username()).stream()
                .map(Membership::getCommittee).map(c -> c.getId()).collect(Collectors.toSet());
        return article.getRelatedDocuments().stream().filter(d -> d.isAddressedTo(mine)).toList();
    }

    /** Published articles, newest first. */
    public List<Article> published(int first, int max) {
        return articles.list(ArticleStatus.PUBLISHED, first, max);
    }

    public long countPublished() {
        return articles.count(ArticleStatus.PUBLISHED);
    }

    /** Every article in {@code status} (all when null), for the secretariat. */
    public List<Article> list(Actor actor, ArticleStatus status, int first, int max) {
        actor.requireStaff();
        return articles.list(status, first, max);
    }

    public long count(Actor actor, ArticleStatus status) {
        actor.requireStaff();
        return articles.count(status);
    }

    /** Counts one view of a published article; false when there is no such published article. */
    public boolean countView(long id) {
        return articles.addViews(id, 1);
    }

    private Article find(long id) {
        return articles.find(id).orElseThrow(() -> new NotFoundException(ErrorCode.ARTICLE_NOT_FOUND));
    }

    private ArticleContent content(ArticleInput input) {
        if (input == null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED);
        }
        List<Long> ids = input.relatedDocumentIds() == null ? List.of() : input.relatedDocumentIds();
        List<Document> related = ids.stream()
                .map(docId -> documents.find(docId == null ? -1 : docId)
                        .orElseThrow(() -> new DomainException(ErrorCode.DOCUMENT_NOT_FOUND, "relatedDocumentIds")))
                .toList();
        return new ArticleContent(input.title(), input.summary(), input.body(), related);
    }
}
