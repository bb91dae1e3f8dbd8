package vn.vanban.web.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.organisation.OrganisationService;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.IssuerDetails;
import vn.vanban.domain.model.organisation.NumberingRule;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import static vn.vanban.web.api.InputValues.INVALID;

/** Administration of issuers: names, symbol, place, numbering rule and current term. */
@Path("admin/issuers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class IssuersResource {

    /** Dates as ISO 8601 ({@code 2025-10-20}); the rule as {@code PARTY_PER_TYPE_PER_TERM} or {@code STATE_PER_CALENDAR_YEAR}. */
    public record IssuerInput(String name, String parentBody, String symbol, String placeName, String numberingRule,
                              String termStart, String termLabel) {

        IssuerDetails details() {
            return new IssuerDetails(name, parentBody, symbol, placeName, rule(), date(), termLabel);
        }

        private NumberingRule rule() {
            if (numberingRule == null) {
                return null;
            }
            try {
                return NumberingRule.valueOf(numberingRule);
            } catch (IllegalArgumentException unknown) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, "numberingRule");
            }
        }

        private LocalDate date() {
            if (termStart == null) {
                return null;
            }
            try {
                return LocalDate.parse(termStart);
            } catch (DateTimeParseException malformed) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, "termStart");
            }
        }
    }

    public record IssuerRepresentation(long id, String name, String parentBody, String symbol, String placeName,
                                       String numberingRule, String termStart, String termLabel, String numberExample,
                                       long version) {

        static IssuerRepresentation of(Issuer issuer) {
            return new IssuerRepresentation(issuer.getId(), issuer.getName(), issuer.getParentBody(),
                    issuer.getSymbol(), issuer.getPlaceName(), issuer.getNumberingRule().name(),
                    issuer.getTermStart().toString(), issuer.getTermLabel(), issuer.formatNumber(1, "TB"),
                    issuer.getVersion());
        }
    }

    /** One document type of the portal and whether the issuer uses it. */
    public record IssuerType(String code, String abbreviation, String name, boolean used) {
    }

    /** The codes of the types the issuer uses; every other type is switched off for it. */
    public record TypesChoice(List<String> used) {
    }

    @Inject
    private OrganisationService organisation;

    @Inject
    private DocumentService documents;

    @Context
    private UriInfo uri;

    @GET
    public List<IssuerRepresentation> list() {
        return organisation.issuers().stream().map(IssuerRepresentation::of).toList();
    }

    @GET
    @Path("{id}")
    public IssuerRepresentation get(@PathParam("id") long id) {
        return IssuerRepresentation.of(organisation.getIssuer(id));
    }

    @POST
    @Operation(summary = "Create an issuer; 409 SYMBOL_TAKEN when another issuer has the symbol")
    public Response create(@NotNull(message = INVALID) IssuerInput input) {
        Issuer created = organisation.createIssuer(input.details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(IssuerRepresentation.of(created)).build();
    }

    @PUT
    @Path("{id}")
    public IssuerRepresentation update(@PathParam("id") long id, @NotNull(message = INVALID) IssuerInput input) {
        return IssuerRepresentation.of(organisation.updateIssuer(id, input.details()));
    }

    @GET
    @Path("{id}/document-types")
    @Operation(summary = "Every document type of the portal, with whether this issuer uses it")
    public List<IssuerType> types(@PathParam("id") long id) {
        return types(organisation.getIssuer(id));
    }

    @PUT
    @Path("{id}/document-types")
    @Operation(summary = "Choose the document types this issuer drafts; 400 DOCUMENT_TYPES_REQUIRED when none is left, "
            + "404 DOCUMENT_TYPE_NOT_FOUND for an unknown code")
    public List<IssuerType> chooseTypes(@PathParam("id") long id, @NotNull(message = INVALID) TypesChoice choice) {
        return types(organisation.chooseDocumentTypes(id, choice.used()));
    }

    private List<IssuerType> types(Issuer issuer) {
        return documents.types().stream().map(t -> new IssuerType(t.getCode(), t.getAbbreviation(), t.getName(),
                issuer.usesType(t.getCode()))).toList();
    }
}
