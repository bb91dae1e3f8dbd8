package vn.vanban.web.api.documents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.vanban.application.document.DocumentService;

import java.util.List;

/**
 * The document types the portal knows, with their templates; with {@code issuerId}, only the types that issuer's
 * secretariat may draft.
 */
@Path("document-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "SECRETARIAT", "SIGNER", "MEMBER"})
public class DocumentTypesResource {

    public record Type(String code, String abbreviation, String name, String title, String template) {
    }

    @Inject
    private DocumentService documents;

    @GET
    public List<Type> list(@QueryParam("issuerId") Long issuerId) {
        return (issuerId == null ? documents.types() : documents.types(issuerId)).stream()
                .map(t -> new Type(t.getCode(), t.getAbbreviation(), t.getName(), t.getTitle(), t.getTemplate()))
                .toList();
    }
}
