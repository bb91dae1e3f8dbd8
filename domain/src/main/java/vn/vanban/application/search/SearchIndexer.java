package vn.vanban.application.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.vanban.application.document.DocumentService;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentBody;
import vn.vanban.domain.model.document.DocumentRepository;
import vn.vanban.domain.model.document.DocumentStatus;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingRepository;
import vn.vanban.domain.model.incoming.IncomingText;
import vn.vanban.domain.model.incoming.IncomingTextRepository;
import vn.vanban.domain.model.news.Article;
import vn.vanban.domain.model.news.ArticleRepository;
import vn.vanban.domain.service.search.SearchHit;
import vn.vanban.domain.service.search.SearchIndex;
import vn.vanban.domain.service.search.SearchScope;
import vn.vanban.domain.service.search.Words;
import vn.vanban.infrastructure.database.ClusterLocks;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the word index in step with documents, articles and incoming documents: the services that change their text index them in
 * the same transaction, and {@link SearchIndexSweep} indexes whatever changed by another path (and everything that
 * existed before search did).
 */
@Stateless
public class SearchIndexer {

    private static final Set<DocumentStatus> READABLE =
            EnumSet.of(DocumentStatus.PUBLISHED, DocumentStatus.REVOKED, DocumentStatus.SUPERSEDED);

    @Inject
    private SearchIndex index;

    @Inject
    private DocumentRepository documents;

    @Inject
    private ArticleRepository articles;

    @Inject
    private IncomingRepository incoming;

    @Inject
    private IncomingTextRepository incomingTexts;

    @Inject
    private ClusterLocks locks;

    /** Number, type, summary and body text, dated by the issue date (the creation time for drafts). */
    public void index(Document document) {
        String text = String.join("\n", document.getNumberText() == null ? "" : document.getNumberText(),
                document.getType().getName(), document.getSummary(), DocumentBody.plainText(document.getBody()));
        Instant date = document.getIssueDate() == null ? null
                : document.getIssueDate().atStartOfDay(DocumentService.VIETNAM).toInstant();
        index.index(SearchHit.Kind.DOCUMENT, document, date, reach(document), Words.of(text));
    }

    public void index(Article article) {
        index.index(SearchHit.Kind.ARTICLE, article, article.getPublishedAt(),
                article.isPublished() ? SearchScope.ANYONE : SearchScope.STAFF, Words.of(article.searchableText()));
    }

    /**
     * Number and symbol, sender, type, summary and the text of the file as far as it was had, dated by the arrival.
     * Reachable by members and staff: {@link SearchService} keeps only those that its searcher may read.
     */
    public void index(IncomingDocument document) {
        String text = String.join("\n", document.getNumberSymbol(), document.getSender(), document.getType().getName(),
                document.getSummary(), incomingTexts.find(document.getId()).map(IncomingText::getText).orElse(""));
        index.index(SearchHit.Kind.INCOMING, document, document.getArrivedAt(), SearchScope.MEMBERS, Words.of(text));
    }

    /** Who may find the document once it is published (as {@link Document#isAddressedTo} decides): staff before. */
    private static int reach(Document document) {
        if (!READABLE.contains(document.getStatus())) {
            return SearchScope.STAFF;
        }
        return document.getAudience() == Audience.PUBLIC ? SearchScope.ANYONE : SearchScope.MEMBERS;
    }

    /** Up to {@code max} items of {@code kind} that are not indexed as they are now. */
    public List<Long> stale(SearchHit.Kind kind, int max) {
        return index.stale(kind, max);
    }

    /**
     * Indexes one item found stale, in a transaction of its own, so that one failure does not undo the rest of a
     * sweep. Every instance sweeps: the item is indexed holding the cluster-wide {@link ClusterLocks#SEARCH_INDEX}
     * lock, and only if it is still stale once the lock is held, so that an instance that found the same item stale
     * at the same moment waits, then finds it indexed, instead of inserting the same index rows a second time.
     * Returns whether this call indexed it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean reindex(SearchHit.Kind kind, long id) {
        locks.hold(ClusterLocks.SEARCH_INDEX);
        if (!index.holdIfStale(kind, id)) {
            return false;
        }
        switch (kind) {
            case DOCUMENT -> documents.find(id).ifPresent(this::index);
            case ARTICLE -> articles.find(id).ifPresent(this::index);
            case INCOMING -> incoming.find(id).ifPresent(this::index);
        }
        return true;
    }
}
