package vn.vanban.web.api.search;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.vanban.application.Actor;
import vn.vanban.application.search.SearchService;
import vn.vanban.domain.service.search.SearchHit;
import vn.vanban.web.api.Page;

/** Search across documents, articles and incoming documents, as the caller may see them. */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SearchResource {

    @Inject
    private SearchService search;

    @Inject
    private Actor actor;

    /**
     * One hit: {@code kind} is document, article or incoming (its number and symbol as number, its sender as
     * excerpt); {@code exactMatches} counts words typed with their diacritics.
     */
    public record Item(String kind, long id, String title, String number, String excerpt, String date, int exactMatches) {

        static Item of(SearchHit hit) {
            return new Item(hit.kindName(), hit.id(), hit.title(), hit.number(), hit.excerpt(),
                    hit.date() == null ? null : hit.date().toString(), hit.exactMatches());
        }
    }

    @GET
    @Operation(summary = "Search documents (number, type, summary, body), articles (title, lead, body) and incoming "
            + "documents (number and symbol, sender, type, summary, the text of their file, recognised from scans). "
            + "Accent-insensitive (nghi quyet 09 finds Nghị quyết 09-NQ/TU, d finds đ), every whole word required; "
            + "hits with the diacritics typed come first, then the newest. Without "
            + "authentication only public published documents and published articles; members also find what is "
            + "addressed to their committees; staff find everything; incoming documents are found by those who may "
            + "open them (GET api/incoming/{id}), never without authentication. A blank q is 400 VALIDATION_FAILED.")
    public Page<Item> search(@Parameter(description = "the words to find", required = true) @QueryParam("q") String q,
                             @QueryParam("first") @DefaultValue("0") int first,
                             @QueryParam("max") @DefaultValue("20") int max) {
        Page.check(first, max);
        SearchService.Result result = search.search(actor, q, first, max);
        return new Page<>(result.total(), first, max, result.hits().stream().map(Item::of).toList());
    }
}
