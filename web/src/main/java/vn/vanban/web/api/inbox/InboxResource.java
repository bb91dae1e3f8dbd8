package vn.vanban.web.api.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.vanban.application.Actor;
import vn.vanban.application.document.InboxService;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.application.meeting.MeetingService;
import vn.vanban.application.task.TaskService;
import vn.vanban.domain.model.task.TaskFilter;
import vn.vanban.web.api.documents.InboxRepresentations.Entry;
import vn.vanban.web.api.incoming.IncomingRepresentation;
import vn.vanban.web.api.meetings.MeetingRepresentations.TaskView;
import vn.vanban.web.api.meetings.MeetingRepresentations;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's home in one call: documents published to them (unread first), their open tasks, upcoming meetings, and
 * the incoming documents they lead or assist in (urgent first).
 */
@Path("inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "SECRETARIAT", "SIGNER", "MEMBER"})
public class InboxResource {

    private static final int DOCUMENTS = 50;

    @Inject
    private InboxService inbox;

    @Inject
    private TaskService tasks;

    @Inject
    private MeetingService meetings;

    @Inject
    private IncomingService incoming;

    @Inject
    private Actor actor;

    public record Inbox(long unread, List<Entry> documents, List<TaskView> tasks,
                        List<MeetingRepresentations.Summary> upcomingMeetings, List<IncomingRepresentation> incoming) {
    }

    @GET
    @Operation(summary = "Documents published to the caller (unread first), their tasks, their upcoming meetings")
    public Inbox get() {
        List<Entry> documents = inbox.inbox(actor, DOCUMENTS).stream().map(Entry::of).toList();
        LocalDate today = tasks.today();
        List<TaskView> mine = tasks.list(actor, new TaskFilter(null, null, actor.username(), null, null, null), 0, 100)
                .stream().map(t -> TaskView.of(t, today)).filter(t -> !t.status().equals("DONE")
                        && !t.status().equals("CARRIED_OVER")).toList();
        return new Inbox(documents.stream().filter(e -> !e.read()).count(), documents, mine,
                meetings.upcoming(actor, 10).stream().map(MeetingRepresentations.Summary::of).toList(),
                incoming.assignedTo(actor).stream().map(d -> IncomingRepresentation.of(d, today)).toList());
    }
}
