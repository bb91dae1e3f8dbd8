package vn.vanban.web.api.news;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.vanban.application.Actor;
import vn.vanban.application.news.ArticleInput;
import vn.vanban.application.news.NewsService;
import vn.vanban.domain.model.news.Article;
import vn.vanban.domain.model.news.ArticleStatus;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.web.api.Page;
import vn.vanban.web.api.news.ArticleRepresentations.Detail;
import vn.vanban.web.api.news.ArticleRepresentations.Input;
import vn.vanban.web.api.news.ArticleRepresentations.Summary;

import java.util.Arrays;

import static vn.vanban.web.api.InputValues.INVALID;

/**
 * News of the public page "Tin mới nhất": anybody reads published articles; the secretariat writes, publishes and
 * takes them down. Reading through the API does not count as a view: views are counted on the article page.
 */
@Path("news")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "SECRETARIAT", "SIGNER"})
public class NewsResource {

    @Inject
    private NewsService news;

    @Inject
    private Actor actor;

    @Context
    private UriInfo uri;

    @GET
    @PermitAll
    @Operation(summary = "Published articles, newest first (no authentication); with status, every article in that "
            + "status or ALL (secretariat, signers, administrators)")
    public Page<Summary> list(@Parameter(description = "DRAFT, PUBLISHED or ALL; staff only") @QueryParam("status") String status,
                              @QueryParam("first") @DefaultValue("0") int first,
                              @QueryParam("max") @DefaultValue("20") int max) {
        Page.check(first, max);
        if (status == null || status.isBlank()) {
            return new Page<>(news.countPublished(), first, max,
                    news.published(first, max).stream().map(Summary::of).toList());
        }
        ArticleStatus wanted = "ALL".equals(status) ? null : Arrays.stream(ArticleStatus.values())
                .filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.VALIDATION_FAILED, "status"));
        return new Page<>(news.count(actor, wanted), first, max,
                news.list(actor, wanted, first, max).stream().map(Summary::of).toList());
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One article with the related documents the caller may read (only public ones without "
            + "authentication); drafts only for staff, otherwise 404 ARTICLE_NOT_FOUND")
    public Detail get(@PathParam("id") long id) {
        return detail(news.get(actor, id));
    }

    @POST
    @RolesAllowed("SECRETARIAT")
    @Operation(summary = "Write a new article (a draft); the body is sanitised like document bodies")
    public Response create(@NotNull(message = INVALID) Input input) {
        Article created = news.create(actor, articleInput(input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(detail(created)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("SECRETARIAT")
    @Operation(summary = "Save an article; basedOnVersion, when given, refuses a save over someone else's with 409 "
            + "CONCURRENT_MODIFICATION")
    public Detail save(@PathParam("id") long id, @NotNull(message = INVALID) Input input) {
        news.update(actor, id, input.basedOnVersion(), articleInput(input));
        return detail(news.get(actor, id));
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed("SECRETARIAT")
    @Operation(summary = "Publish on the public page; 409 ILLEGAL_TRANSITION when already published")
    public Detail publish(@PathParam("id") long id) {
        return detail(news.publish(actor, id));
    }

    @POST
    @Path("{id}/unpublish")
    @RolesAllowed("SECRETARIAT")
    @Operation(summary = "Take down from the public page (back to draft; the first publication date stays)")
    public Detail unpublish(@PathParam("id") long id) {
        return detail(news.unpublish(actor, id));
    }

    private Detail detail(Article article) {
        return Detail.of(article, news.relatedDocuments(actor, article.getId()));
    }

    private static ArticleInput articleInput(Input input) {
        return new ArticleInput(input.title(), input.summary(), input.body(), input.relatedDocumentIds());
    }
}
