package vn.vanban.web.api.meetings;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.vanban.application.meeting.InvitationReplies;
import vn.vanban.domain.model.meeting.Attendee;
import vn.vanban.web.api.meetings.MeetingRepresentations.MyInvitationView;

/**
 * The personal link of an invitation mail, without logging in: the token answers for the one invitee it was mailed
 * to and nobody else; any other token is 404 INVITATION_TOKEN_UNKNOWN.
 */
@Path("invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class InvitationsResource {

    @Inject
    private InvitationReplies replies;

    @GET
    @Path("{token}")
    @Operation(summary = "The meeting, the invitee and their current answer (reply null when none yet)")
    public MyInvitationView get(@PathParam("token") String token) {
        return view(replies.byToken(token));
    }

    @POST
    @Path("{token}")
    @Operation(summary = "Answer as the link's invitee: answer ATTENDING, ABSENT (reason required) or DELEGATING "
            + "(substituteName required); the last answer counts. 409 MEETING_STARTED, MEETING_CANCELLED")
    public MyInvitationView answer(@PathParam("token") String token, MeetingInputs.ReplyBody body) {
        return view(replies.replyByToken(token, body == null ? null : body.input()));
    }

    @PUT
    @Path("{token}")
    @Operation(summary = "The same as POST")
    public MyInvitationView replace(@PathParam("token") String token, MeetingInputs.ReplyBody body) {
        return answer(token, body);
    }

    private MyInvitationView view(Attendee invitee) {
        return MyInvitationView.of(invitee, replies.isOpen(invitee.getMeeting()));
    }
}
