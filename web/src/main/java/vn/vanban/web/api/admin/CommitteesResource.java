package vn.vanban.web.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import vn.vanban.application.organisation.OrganisationService;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.organisation.CommitteeRole;
import vn.vanban.domain.model.organisation.Membership;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.util.List;

import static vn.vanban.web.api.InputValues.INVALID;

/** Administration of committees and their members. */
@Path("admin/committees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class CommitteesResource {

    public record CommitteeInput(String name, String description, Long issuerId) {
    }

    /** A membership: the person ({@code userId}) is named when one is added, never when one is changed. */
    public record MemberInput(@NotNull(message = INVALID) Long userId, String positionTitle, String role) {

        CommitteeRole committeeRole() {
            if (role == null) {
                return CommitteeRole.MEMBER;
            }
            try {
                return CommitteeRole.valueOf(role);
            } catch (IllegalArgumentException unknown) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, "role");
            }
        }
    }

    public record MemberRepresentation(long id, long userId, String username, String displayName,
                                       String positionTitle, String role) {

        static MemberRepresentation of(Membership m) {
            return new MemberRepresentation(m.getId(), m.getPerson().getId(), m.getPerson().getUsername(),
                    m.getPerson().getDisplayName(), m.getPositionTitle(), m.getRole().name());
        }
    }

    public record CommitteeRepresentation(long id, String name, String description, Long issuerId,
                                          List<MemberRepresentation> members, long version) {

        static CommitteeRepresentation of(Committee c) {
            return new CommitteeRepresentation(c.getId(), c.getName(), c.getDescription(),
                    c.getIssuer() == null ? null : c.getIssuer().getId(),
                    c.getMembers().stream().map(MemberRepresentation::of).toList(), c.getVersion());
        }
    }

    @Inject
    private OrganisationService organisation;

    @Context
    private UriInfo uri;

    @GET
    public List<CommitteeRepresentation> list() {
        return organisation.committees().stream().map(CommitteeRepresentation::of).toList();
    }

    @GET
    @Path("{id}")
    public CommitteeRepresentation get(@PathParam("id") long id) {
        return CommitteeRepresentation.of(organisation.getCommittee(id));
    }

    @POST
    public Response create(@NotNull(message = INVALID) CommitteeInput input) {
        Committee created = organisation.createCommittee(input.name(), input.description(), input.issuerId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(CommitteeRepresentation.of(created)).build();
    }

    @PUT
    @Path("{id}")
    public CommitteeRepresentation update(@PathParam("id") long id,
                                          @NotNull(message = INVALID) CommitteeInput input) {
        return CommitteeRepresentation.of(
                organisation.updateCommittee(id, input.name(), input.description(), input.issuerId()));
    }

    @POST
    @Path("{id}/members")
    public Response addMember(@PathParam("id") long id, @NotNull(message = INVALID) @Valid MemberInput input) {
        organisation.addMember(id, input.userId(), input.positionTitle(), input.committeeRole());
        return Response.status(Response.Status.CREATED)
                .entity(CommitteeRepresentation.of(organisation.getCommittee(id))).build();
    }

    @PUT
    @Path("{id}/members/{memberId}")
    public CommitteeRepresentation changeMember(@PathParam("id") long id, @PathParam("memberId") long memberId,
                                                @NotNull(message = INVALID) MemberInput input) {
        return CommitteeRepresentation.of(
                organisation.changeMember(id, memberId, input.positionTitle(), input.committeeRole()));
    }

    @DELETE
    @Path("{id}/members/{memberId}")
    public CommitteeRepresentation removeMember(@PathParam("id") long id, @PathParam("memberId") long memberId) {
        return CommitteeRepresentation.of(organisation.removeMember(id, memberId));
    }
}
