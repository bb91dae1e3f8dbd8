package vn.vanban.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.vanban.application.account.AccountService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;

import java.util.List;

/** The caller's own identity. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "SECRETARIAT", "SIGNER", "MEMBER"})
public class MeResource {

    public record Me(String username, String displayName, List<String> roles) {
    }

    @Inject
    private AccountService accounts;

    @Context
    private SecurityContext security;

    @GET
    @Operation(summary = "Who am I: username, display name and roles of the authenticated caller")
    public Me me() {
        UserAccount account = accounts.findByUsername(security.getUserPrincipal().getName()).orElseThrow();
        return new Me(account.getUsername(), account.getDisplayName(),
                account.getRoles().stream().map(Role::name).sorted().toList());
    }
}
