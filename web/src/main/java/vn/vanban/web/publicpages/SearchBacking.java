package vn.vanban.web.publicpages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.search.SearchService;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.service.search.SearchHit;

import java.util.List;

/**
 * The search page ({@code search.xhtml?q=&page=}): documents and articles the visitor may read, best first, and for
 * those signed in the incoming documents they may open. Each hit links to where that visitor reads it.
 */
@Named
@RequestScoped
public class SearchBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    private SearchService search;

    @Inject
    private Actor actor;

    private String q;
    private int page = 1;
    private List<SearchHit> hits = List.of();
    private long total;
    private boolean more;
    private boolean searched;

    public void load() {
        if (q == null || q.isBlank()) {
            return;
        }
        page = Math.max(1, Math.min(page, SearchService.MAX_DEPTH / PAGE_SIZE));
        try {
            SearchService.Result result = search.search(actor, q, (page - 1) * PAGE_SIZE, PAGE_SIZE);
            hits = result.hits();
            total = result.total();
            more = result.more();
        } catch (DomainException nothingToSearchFor) {
            hits = List.of();
        }
        searched = true;
    }

    /** Where this visitor reads the hit: staff on the workbench, members on their page, the public on verification. */
    public String link(SearchHit hit) {
        if (hit.kind() == SearchHit.Kind.ARTICLE) {
            return "/article.xhtml?id=" + hit.id();
        }
        if (hit.kind() == SearchHit.Kind.INCOMING) {
            return "/member/incoming.xhtml?id=" + hit.id();
        }
        if (actor.isStaff()) {
            return "/secretariat/document.xhtml?id=" + hit.id();
        }
        return actor.username() == null ? "/verify.xhtml?document=" + hit.id() : "/member/document.xhtml?id=" + hit.id();
    }

    public boolean isHasNext() {
        return (long) page * PAGE_SIZE < total && page < SearchService.MAX_DEPTH / PAGE_SIZE;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public List<SearchHit> getHits() {
        return hits;
    }

    /** More hits than counted: the count is shown as a lower bound. */
    public boolean isMore() {
        return more;
    }

    public long getTotal() {
        return total;
    }

    public boolean isSearched() {
        return searched;
    }
}
