package vn.vanban.web.api.admin;

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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.vanban.application.account.AccountService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.web.api.Page;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static vn.vanban.web.api.InputValues.INVALID;

/** Administration of user accounts. */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class UsersResource {

    public record NewUser(String username, String displayName, String email, String password, List<String> roles) {
    }

    public record UserChanges(String displayName, String email, List<String> roles) {
    }

    public record PasswordReset(String password) {
    }

    @Inject
    private AccountService accounts;

    @Context
    private UriInfo uri;

    @Context
    private SecurityContext security;

    @GET
    @Operation(summary = "List user accounts, one page at a time")
    public Page<UserRepresentation> list(@QueryParam("first") @DefaultValue("0") int first,
                                         @QueryParam("max") @DefaultValue("50") int max) {
        Page.check(first, max);
        return new Page<>(accounts.count(), first, max,
                accounts.list(first, max).stream().map(UserRepresentation::of).toList());
    }

    @GET
    @Path("{id}")
    public UserRepresentation get(@PathParam("id") long id) {
        return UserRepresentation.of(accounts.get(id));
    }

    @POST
    @Operation(summary = "Create a user account; 409 USERNAME_TAKEN when the name is in use")
    public Response create(@NotNull(message = INVALID) NewUser user) {
        var created = accounts.create(user.username(), user.displayName(), user.email(), user.password(),
                roles(user.roles()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(UserRepresentation.of(created)).build();
    }

    @PUT
    @Path("{id}")
    public UserRepresentation update(@PathParam("id") long id, @NotNull(message = INVALID) UserChanges changes) {
        return UserRepresentation.of(accounts.update(id, changes.displayName(), changes.email(), roles(changes.roles())));
    }

    @POST
    @Path("{id}/disable")
    public UserRepresentation disable(@PathParam("id") long id) {
        return UserRepresentation.of(accounts.disable(id, security.getUserPrincipal().getName()));
    }

    @POST
    @Path("{id}/enable")
    public UserRepresentation enable(@PathParam("id") long id) {
        return UserRepresentation.of(accounts.enable(id));
    }

    @POST
    @Path("{id}/password")
    @Operation(summary = "Set a new password; also lifts a lock-out")
    public UserRepresentation resetPassword(@PathParam("id") long id, @NotNull(message = INVALID) PasswordReset reset) {
        return UserRepresentation.of(accounts.resetPassword(id, reset.password()));
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new DomainException(ErrorCode.ROLES_EMPTY, "roles");
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, "roles");
            }
        }
        return roles;
    }
}
