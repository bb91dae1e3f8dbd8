package vn.vanban.web.api.documents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.vanban.application.DocumentService;

import java.util.List;

/** The document types the portal knows, with their templates. */
@Path("document-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "SECRETARIAT", "SIGNER", "MEMBER"})
public class DocumentTypesResource {

    public record Type(String code, String name, String title, String template) {
    }

    @Inject
    private DocumentService documents;

    @GET
    public List<Type> list() {
        return documents.types().stream().map(t -> new Type(t.getCode(), t.getName(), t.getTitle(), t.getTemplate())).toList();
    }
}
