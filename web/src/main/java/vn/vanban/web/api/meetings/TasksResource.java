package vn.vanban.web.api.meetings;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.vanban.application.Actor;
import vn.vanban.application.task.TaskService;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.task.Quarter;
import vn.vanban.domain.model.task.TaskFilter;
import vn.vanban.domain.model.task.TaskStatus;
import vn.vanban.web.api.InputValues;
import vn.vanban.web.api.Page;
import vn.vanban.web.api.documents.Downloads;
import vn.vanban.web.api.meetings.MeetingRepresentations.ReviewView;
import vn.vanban.web.api.meetings.MeetingRepresentations.TaskView;

import java.time.LocalDate;

import static vn.vanban.web.api.InputValues.INVALID;

/** Tasks from meetings' conclusions: lists with filters, progress reports, reviews and the quarterly report. */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "SECRETARIAT", "SIGNER", "MEMBER"})
public class TasksResource {

    @Inject
    private TaskService tasks;

    @Inject
    private Actor actor;

    @GET
    @Operation(summary = "Tasks the caller may see; filters: committeeId, meetingId, assignee (a username or 'me'), "
            + "status (NOT_STARTED, IN_PROGRESS, DONE, OVERDUE, CARRIED_OVER), quarter (2019-Q2)")
    public Page<TaskView> list(@QueryParam("committeeId") Long committeeId, @QueryParam("meetingId") Long meetingId,
                               @QueryParam("assignee") String assignee, @QueryParam("status") String status,
                               @QueryParam("quarter") String quarter,
                               @QueryParam("first") @DefaultValue("0") int first,
                               @QueryParam("max") @DefaultValue("50") int max) {
        Page.check(first, max);
        TaskFilter filter = new TaskFilter(committeeId, meetingId, "me".equals(assignee) ? actor.username() : assignee,
                InputValues.enumValue(TaskStatus.class, status, "status"), MeetingInputs.quarter(quarter), null);
        LocalDate today = tasks.today();
        return new Page<>(tasks.count(actor, filter), first, max,
                tasks.list(actor, filter, first, max).stream().map(t -> TaskView.of(t, today)).toList());
    }

    @GET
    @Path("report.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The quarterly task report of a committee as PDF (staff): committeeId and quarter (2019-Q2)")
    public Response report(@QueryParam("committeeId") Long committeeId, @QueryParam("quarter") String quarter) {
        if (committeeId == null) {
            throw new DomainException(ErrorCode.COMMITTEE_NOT_FOUND, "committeeId");
        }
        Quarter q = MeetingInputs.quarter(quarter);
        if (q == null) {
            throw new DomainException(ErrorCode.QUARTER_INVALID, "quarter");
        }
        byte[] pdf = tasks.quarterlyReport(actor, committeeId, q);
        return Response.ok(pdf, "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("Báo cáo nhiệm vụ quý " + q.number()
                        + " năm " + q.year() + ".pdf"))
                .build();
    }

    @GET
    @Path("{id}")
    public TaskView get(@PathParam("id") long id) {
        return TaskView.of(tasks.get(actor, id), tasks.today());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an open task (secretariat)")
    public TaskView change(@PathParam("id") long id, @NotNull(message = INVALID) MeetingInputs.TaskBody task) {
        return TaskView.of(tasks.change(actor, id, task.input()), tasks.today());
    }

    @POST
    @Path("{id}/progress")
    @Operation(summary = "Report progress (assignees, secretariat): the figure achieved so far, a note, whether done")
    public TaskView progress(@PathParam("id") long id, @NotNull(message = INVALID) MeetingInputs.Progress body) {
        tasks.reportProgress(actor, id, body.figure(), body.note(), Boolean.TRUE.equals(body.completed()));
        return get(id);
    }

    @POST
    @Path("{id}/reviews")
    @Operation(summary = "Record the review at a later meeting: CONTINUE, DONE or CARRIED_OVER")
    public ReviewView review(@PathParam("id") long id, @NotNull(message = INVALID) MeetingInputs.Review body) {
        if (body.meetingId() == null) {
            throw new DomainException(ErrorCode.MEETING_NOT_FOUND, "meetingId");
        }
        return ReviewView.of(tasks.review(actor, id, body.meetingId(), body.value(), body.note()));
    }
}
