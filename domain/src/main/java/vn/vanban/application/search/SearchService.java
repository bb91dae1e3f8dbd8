package vn.vanban.application.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentRepository;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingRepository;
import vn.vanban.domain.model.news.Article;
import vn.vanban.domain.model.news.ArticleRepository;
import vn.vanban.domain.model.organisation.CommitteeRepository;
import vn.vanban.domain.model.organisation.Membership;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.service.search.RankedItem;
import vn.vanban.domain.service.search.SearchHit;
import vn.vanban.domain.service.search.SearchIndex;
import vn.vanban.domain.service.search.SearchQuery;
import vn.vanban.domain.service.search.SearchScope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Search across documents, articles and incoming documents, accent-insensitive ({@code nghi quyet 09} finds {@code Nghị quyết 09-NQ/TU},
 * {@code d} finds {@code đ}), every word required, hits with the exact diacritics typed first, then the newest.
 * Each searcher finds only what they may read (see {@link SearchScope}); incoming documents only those who may open
 * them, as {@link IncomingService} decides, and never a visitor who is not signed in.
 */
@Stateless
public class SearchService {

    /** How deep one may page: as deep as the index ranks. */
    public static final int MAX_DEPTH = SearchIndex.CANDIDATES;

    @Inject
    private SearchIndex index;

    @Inject
    private DocumentRepository documents;

    @Inject
    private ArticleRepository articles;

    @Inject
    private CommitteeRepository committees;

    @Inject
    private IncomingRepository incoming;

    @Inject
    private IncomingService incomingService;

    /** One page of hits and how many there are in all; {@code more}: even more than that, uncounted. */
    public record Result(long total, boolean more, List<SearchHit> hits) {
    }

    public Result search(Actor actor, String text, int first, int max) {
        if (first < 0 || first + max > MAX_DEPTH) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "first");
        }
        SearchQuery query = SearchQuery.parse(text);
        SearchScope scope = scopeOf(actor);
        List<RankedItem> ranked = new ArrayList<>();
        long total = 0;
        boolean more = false;
        for (SearchHit.Kind kind : SearchHit.Kind.values()) {
            if (kind == SearchHit.Kind.INCOMING && actor.username() == null) {
                continue;
            }
            SearchIndex.Found found = index.find(kind, query, scope,
                    kind == SearchHit.Kind.INCOMING ? SearchIndex.CANDIDATES : first + max);
            more |= found.capped();
            if (kind == SearchHit.Kind.INCOMING) {
                found = readable(actor, found);
            }
            ranked.addAll(found.items());
            total += found.total();
        }
        ranked.sort(RankedItem.RANKING);
        List<SearchHit> page = ranked.stream().skip(first).limit(max)
                .map(this::hit).flatMap(Optional::stream).toList();
        return new Result(total, more, page);
    }

    /**
     * The incoming documents found that {@code actor} may read: every candidate is checked, so that the count is
     * that of the readable ones.
     */
    private SearchIndex.Found readable(Actor actor, SearchIndex.Found found) {
        Set<Long> readable = incomingService.readableAmong(actor,
                found.items().stream().map(RankedItem::id).toList());
        List<RankedItem> items = found.items().stream().filter(item -> readable.contains(item.id())).toList();
        return new SearchIndex.Found(items, items.size());
    }

    private Optional<SearchHit> hit(RankedItem item) {
        if (item.kind() == SearchHit.Kind.INCOMING) {
            return incoming.find(item.id()).map(d -> new SearchHit(item.kind(), d.getId(),
                    d.getType().getName() + ": " + d.getSummary(), d.getNumberSymbol(), d.getSender(),
                    d.getArrivedAt(), item.exactMatches()));
        }
        if (item.kind() == SearchHit.Kind.DOCUMENT) {
            return documents.find(item.id()).map(d -> new SearchHit(item.kind(), d.getId(),
                    d.getType().getName() + ": " + d.getSummary(), d.getNumberText(), null, date(d),
                    item.exactMatches()));
        }
        return articles.find(item.id()).map(a -> new SearchHit(item.kind(), a.getId(), a.getTitle(), null,
                a.getSummary(), date(a), item.exactMatches()));
    }

    private static Instant date(Document document) {
        return document.getIssueDate() == null ? document.getCreated()
                : document.getIssueDate().atStartOfDay(DocumentService.VIETNAM).toInstant();
    }

    private static Instant date(Article article) {
        return article.getPublishedAt() == null ? article.getCreated() : article.getPublishedAt();
    }

    private SearchScope scopeOf(Actor actor) {
        if (actor.isStaff()) {
            return new SearchScope(true, Set.of());
        }
        if (actor.username() == null) {
            return SearchScope.PUBLIC;
        }
        return new SearchScope(false, committees.membershipsOf(actor.username()).stream()
                .map(Membership::getCommittee).map(c -> c.getId()).collect(Collectors.toSet()));
    }
}
