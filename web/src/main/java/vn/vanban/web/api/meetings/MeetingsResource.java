package vn.vanban.web.api.meetings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.vanban.application.Actor;
import vn.vanban.application.meeting.InvitationReplies;
import vn.vanban.application.meeting.InvitationService;
import vn.vanban.application.meeting.MeetingPapers;
import vn.vanban.application.meeting.MeetingService;
import vn.vanban.application.meeting.MinutesService;
import vn.vanban.application.news.NewsService;
import vn.vanban.application.task.TaskService;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.file.StoredFile;
import vn.vanban.domain.model.meeting.Attendee;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingPaper;
import vn.vanban.domain.model.meeting.PaperFileKind;
import vn.vanban.domain.model.news.Article;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.task.Task;
import vn.vanban.web.api.Page;
import vn.vanban.web.api.UploadedFileName;
import vn.vanban.web.api.documents.DocumentRepresentations;
import vn.vanban.web.api.documents.Downloads;
import vn.vanban.web.api.meetings.MeetingRepresentations.Detail;
import vn.vanban.web.api.meetings.MeetingRepresentations.Summary;
import vn.vanban.web.api.meetings.MeetingRepresentations.TaskView;
import vn.vanban.web.api.news.ArticleRepresentations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static vn.vanban.web.api.InputValues.INVALID;

/**
 * Meetings: scheduling, attendance, agenda, opinions, conclusions (each editable and reorderable until the minutes
 * are issued: then 409 MEETING_LOCKED), the minutes draft in one call, and the tasks the conclusions create.
 * Members read the meetings of their committees; others get 404.
 */
@Path("meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "SECRETARIAT", "SIGNER", "MEMBER"})
public class MeetingsResource {

    /** A paper's title in UTF-8: 500 characters of at most four bytes each. */
    private static final int MAX_TITLE_BYTES = 2000;

    @Inject
    private MeetingService meetings;

    @Inject
    private MinutesService minutes;

    @Inject
    private MeetingPapers papers;

    @Inject
    private InvitationService invitations;

    @Inject
    private InvitationReplies replies;

    @Inject
    private TaskService tasks;

    @Inject
    private NewsService news;

    @Inject
    private Actor actor;

    @Inject
    private Validator validator;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Meetings the caller may see, newest first")
    public Page<Summary> list(@QueryParam("first") @DefaultValue("0") int first,
                              @QueryParam("max") @DefaultValue("50") int max) {
        Page.check(first, max);
        return new Page<>(meetings.count(actor), first, max,
                meetings.list(actor, first, max).stream().map(Summary::of).toList());
    }

    @POST
    @Operation(summary = "Schedule a meeting (secretariat); every member of the committee is invited")
    public Response schedule(@NotNull(message = INVALID) @Valid @ConvertGroup(to = MeetingInputs.Complete.class)
                             MeetingInputs.Schedule schedule) {
        Meeting created = meetings.schedule(actor, schedule.input());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(Detail.of(created)).build();
    }

    @GET
    @Path("{id}")
    public Detail get(@PathParam("id") long id) {
        return Detail.of(meetings.get(actor, id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change kind, title, time, place, chair or secretary")
    public Detail change(@PathParam("id") long id, @NotNull(message = INVALID) MeetingInputs.Schedule body) {
        if (body.namesAnotherCommitteeThan(meetings.get(actor, id).getCommittee().getId())) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "committeeId");
        }
        MeetingInputs.Schedule whole = new MeetingInputs.Schedule(
                meetings.get(actor, id).getCommittee().getId(), body.kind(), body.title(), body.startsAt(),
                body.endsAt(), body.place(), body.chairId(), body.chairPosition(), body.secretaryId(),
                body.secretaryPosition());
        // Checked here, not on the parameter: a caller who may not see the meeting hears so before anything else.
        Set<ConstraintViolation<MeetingInputs.Schedule>> refused =
                validator.validate(whole, MeetingInputs.Complete.class);
        if (!refused.isEmpty()) {
            throw new ConstraintViolationException(refused);
        }
        return Detail.of(meetings.change(actor, id, whole.input()));
    }

    @POST
    @Path("{id}/attendance")
    @Operation(summary = "Invite a member (userId) or a guest (name, title)")
    public Detail invite(@PathParam("id") long id, @NotNull(message = INVALID) MeetingInputs.Invitation body) {
        if (body.userId() != null) {
            meetings.invite(actor, id, body.userId(), body.title());
        } else {
            meetings.inviteGuest(actor, id, body.name(), body.title());
        }
        return get(id);
    }

    @PUT
    @Path("{id}/attendance/{attendeeId}")
    @Operation(summary = "Record attendance: PRESENT, ABSENT (reason required) or LATE")
    public Detail attendance(@PathParam("id") long id, @PathParam("attendeeId") long attendeeId,
                             @NotNull(message = INVALID) MeetingInputs.AttendanceRecord body) {
        return Detail.of(meetings.recordAttendance(actor, id, attendeeId, body.value(), body.reason()));
    }

    @DELETE
    @Path("{id}/attendance/{attendeeId}")
    public Detail removeAttendee(@PathParam("id") long id, @PathParam("attendeeId") long attendeeId) {
        return Detail.of(meetings.removeAttendee(actor, id, attendeeId));
    }

    @POST
    @Path("{id}/agenda")
    @Operation(summary = "Add an agenda item, optionally about a document (documentId), an incoming document "
            + "(incomingId; 404 INCOMING_NOT_FOUND when unknown or not readable) or the review of open tasks")
    public Detail addAgendaItem(@PathParam("id") long id, @NotNull(message = INVALID) MeetingInputs.Item body) {
        meetings.addAgendaItem(actor, id, body.title(), body.documentId(), body.incomingId(),
                Boolean.TRUE.equals(body.taskReview()));
        return get(id);
    }

    @PUT
    @Path("{id}/agenda/order")
    @Operation(summary = "Reorder the agenda: ids, each exactly once")
    public Detail reorderAgenda(@PathParam("id") long id,
                                @NotNull(message = INVALID) MeetingInputs.Order order) {
        return Detail.of(meetings.reorderAgenda(actor, id, order.ids()));
    }

    @PUT
    @Path("{id}/agenda/{itemId}")
    public Detail changeAgendaItem(@PathParam("id") long id, @PathParam("itemId") long itemId,
                                   @NotNull(message = INVALID) MeetingInputs.Item body) {
        return Detail.of(meetings.changeAgendaItem(actor, id, itemId, body.title(), body.documentId(),
                body.incomingId(), Boolean.TRUE.equals(body.taskReview())));
    }

    @DELETE
    @Path("{id}/agenda/{itemId}")
    public Detail removeAgendaItem(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        return Detail.of(meetings.removeAgendaItem(actor, id, itemId));
    }

    @GET
    @Path("{id}/papers")
    @Operation(summary = "The papers of each agenda item: uploaded files and the documents or incoming documents they "
            + "name; for whoever may see the meeting (404 MEETING_NOT_FOUND for others)")
    public List<MeetingRepresentations.ItemPapers> papers(@PathParam("id") long id) {
        return MeetingRepresentations.ItemPapers.of(papers.list(actor, id));
    }

    @POST
    @Path("{id}/agenda/{itemId}/papers")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a paper of an agenda item (secretariat): multipart with 'file' (PDF, DOCX, XLSX, PNG or "
            + "JPEG, read from the content, 20 MB at most) and 'title'. 400 PAPER_FILE_TYPE, FILE_DAMAGED, "
            + "PDF_ENCRYPTED, TITLE_REQUIRED; 413 FILE_TOO_LARGE; 409 MEETING_LOCKED")
    public Response uploadPaper(@PathParam("id") long id, @PathParam("itemId") long itemId, List<EntityPart> parts)
            throws IOException {
        byte[] file = null;
        String fileName = null;
        String title = null;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if ("file".equals(part.getName())) {
                file = bounded(part.getContent(), PaperFileKind.MAX_BYTES, ErrorCode.FILE_TOO_LARGE, "file");
                fileName = part.getFileName().map(UploadedFileName::of).orElse(null);
            } else if ("title".equals(part.getName())) {
                title = new String(bounded(part.getContent(), MAX_TITLE_BYTES, ErrorCode.VALIDATION_FAILED, "title"),
                        StandardCharsets.UTF_8);
            }
        }
        return createdPaper(id, papers.addFile(actor, id, itemId, title, file, fileName));
    }

    @POST
    @Path("{id}/agenda/{itemId}/papers")
    @Operation(summary = "Name a document (documentId: a draft for opinion, a report, an issued document) or an "
            + "incoming document (incomingId) as a paper of an agenda item, with a title (secretariat). 400 "
            + "PAPER_SOURCE_REQUIRED unless exactly one is given; 404 DOCUMENT_NOT_FOUND, INCOMING_NOT_FOUND")
    public Response attachPaper(@PathParam("id") long id, @PathParam("itemId") long itemId,
                                @NotNull(message = INVALID) MeetingInputs.PaperReference body) {
        return createdPaper(id, papers.addReference(actor, id, itemId, body.title(), body.documentId(),
                body.incomingId()));
    }

    @DELETE
    @Path("{id}/papers/{paperId}")
    @Operation(summary = "Remove a paper (secretariat); 409 MEETING_LOCKED once the minutes are issued")
    public List<MeetingRepresentations.ItemPapers> removePaper(@PathParam("id") long id,
                                                               @PathParam("paperId") long paperId) {
        return MeetingRepresentations.ItemPapers.of(papers.remove(actor, id, paperId));
    }

    @GET
    @Path("{id}/papers/{paperId}/file")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/png", "image/jpeg",
            MediaType.APPLICATION_JSON})
    @Operation(summary = "Download an uploaded paper, under its name, for whoever may see the meeting; 404 "
            + "PAPER_HAS_NO_FILE for a paper naming a document (open the document itself)")
    public Response paperFile(@PathParam("id") long id, @PathParam("paperId") long paperId) {
        StoredFile file = papers.file(actor, id, paperId);
        MeetingPaper paper = papers.paper(actor, id, paperId);
        return Response.ok(file.getContent(), file.getMediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(paper.getFileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private Response createdPaper(long id, MeetingPaper added) {
        MeetingPaper paper = papers.paper(actor, id, added.getId());
        return Response.created(uri.getBaseUriBuilder().path("meetings").path(String.valueOf(id)).path("papers")
                        .path(String.valueOf(paper.getId())).build())
                .entity(MeetingRepresentations.PaperView.of(paper)).build();
    }

    private static byte[] bounded(InputStream in, int limit, ErrorCode code, String field) throws IOException {
        byte[] content = in.readNBytes(limit + 1);
        if (content.length > limit) {
            throw new DomainException(code, field);
        }
        return content;
    }

    @POST
    @Path("{id}/opinions")
    @Operation(summary = "Record the next opinion: speaker, their title, summary")
    public Detail addOpinion(@PathParam("id") long id,
                             @NotNull(message = INVALID) MeetingInputs.OpinionInput body) {
        meetings.addOpinion(actor, id, body.speaker(), body.speakerTitle(), body.summary());
        return get(id);
    }

    @PUT
    @Path("{id}/opinions/order")
    public Detail reorderOpinions(@PathParam("id") long id,
                                  @NotNull(message = INVALID) MeetingInputs.Order order) {
        return Detail.of(meetings.reorderOpinions(actor, id, order.ids()));
    }

    @PUT
    @Path("{id}/opinions/{opinionId}")
    public Detail changeOpinion(@PathParam("id") long id, @PathParam("opinionId") long opinionId,
                                @NotNull(message = INVALID) MeetingInputs.OpinionInput body) {
        return Detail.of(meetings.changeOpinion(actor, id, opinionId, body.speaker(), body.speakerTitle(), body.summary()));
    }

    @DELETE
    @Path("{id}/opinions/{opinionId}")
    public Detail removeOpinion(@PathParam("id") long id, @PathParam("opinionId") long opinionId) {
        return Detail.of(meetings.removeOpinion(actor, id, opinionId));
    }

    @POST
    @Path("{id}/conclusions")
    @Operation(summary = "Add the next numbered conclusion, optionally naming the incoming document it acts on "
            + "(incomingId); the tasks it gives are then listed on that document")
    public Detail addConclusion(@PathParam("id") long id,
                                @NotNull(message = INVALID) MeetingInputs.ConclusionInput body) {
        meetings.addConclusion(actor, id, body.text(), body.incomingId());
        return get(id);
    }

    @PUT
    @Path("{id}/conclusions/order")
    public Detail reorderConclusions(@PathParam("id") long id,
                                     @NotNull(message = INVALID) MeetingInputs.Order order) {
        return Detail.of(meetings.reorderConclusions(actor, id, order.ids()));
    }

    @PUT
    @Path("{id}/conclusions/{conclusionId}")
    public Detail changeConclusion(@PathParam("id") long id, @PathParam("conclusionId") long conclusionId,
                                   @NotNull(message = INVALID) MeetingInputs.ConclusionInput body) {
        return Detail.of(meetings.changeConclusion(actor, id, conclusionId, body.text(), body.incomingId()));
    }

    @DELETE
    @Path("{id}/conclusions/{conclusionId}")
    public Detail removeConclusion(@PathParam("id") long id, @PathParam("conclusionId") long conclusionId) {
        return Detail.of(meetings.removeConclusion(actor, id, conclusionId));
    }

    @POST
    @Path("{id}/conclusions/{conclusionId}/tasks")
    @Operation(summary = "Create a task from a conclusion: text, responsible, assignees, due date or quarter (2019-Q2), target")
    public Response createTask(@PathParam("id") long id, @PathParam("conclusionId") long conclusionId,
                               @NotNull(message = INVALID) MeetingInputs.TaskBody task) {
        Task created = tasks.create(actor, id, conclusionId, task.input());
        return Response.created(uri.getBaseUriBuilder().path("tasks").path(String.valueOf(created.getId())).build())
                .entity(TaskView.of(created, tasks.today())).build();
    }

    @GET
    @Path("{id}/tasks")
    @Operation(summary = "The tasks created from this meeting's conclusions")
    public List<TaskView> tasksOf(@PathParam("id") long id) {
        LocalDate today = tasks.today();
        return tasks.ofMeeting(actor, id).stream().map(t -> TaskView.of(t, today)).toList();
    }

    @GET
    @Path("{id}/review")
    @Operation(summary = "The tasks this meeting reviews: open tasks from earlier meetings of the committee")
    public List<TaskView> forReview(@PathParam("id") long id) {
        LocalDate today = tasks.today();
        return tasks.forReview(actor, id).stream().map(t -> TaskView.of(t, today)).toList();
    }

    @POST
    @Path("{id}/news")
    @Operation(summary = "Draft a news article from the meeting's record, for the secretariat to edit and publish")
    public Response draftNews(@PathParam("id") long id) {
        Article article = news.draftFromMeeting(actor, id);
        return Response.created(uri.getBaseUriBuilder().path("news").path(String.valueOf(article.getId())).build())
                .entity(ArticleRepresentations.Detail.of(article, news.relatedDocuments(actor, article.getId()))).build();
    }

    @POST
    @Path("{id}/minutes")
    @Operation(summary = "Draft (or redraft, while a draft) the minutes: a BB document signed by chair then secretary")
    public Response draftMinutes(@PathParam("id") long id) {
        Document drafted = minutes.draftMinutes(actor, id);
        return Response.created(uri.getBaseUriBuilder().path("documents").path(String.valueOf(drafted.getId())).build())
                .entity(DocumentRepresentations.Detail.of(drafted)).build();
    }

    @POST
    @Path("{id}/invitation")
    @Operation(summary = "Draft (or redraft, while a draft) the invitation: a GM document from the record, signed by "
            + "the chair; once published, each invitee is mailed its PDF and an iCalendar entry. 409 MEETING_STARTED, "
            + "MEETING_CANCELLED, INVITATION_EXISTS")
    public Response draftInvitation(@PathParam("id") long id) {
        Document drafted = invitations.draftInvitation(actor, id);
        return Response.created(uri.getBaseUriBuilder().path("documents").path(String.valueOf(drafted.getId())).build())
                .entity(DocumentRepresentations.Detail.of(drafted)).build();
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Call the meeting off with a reason; invitees already sent the invitation get a METHOD:CANCEL "
            + "calendar entry, once. 409 MEETING_CANCELLED the second time")
    public Detail cancel(@PathParam("id") long id,
                         @NotNull(message = INVALID) MeetingInputs.Cancellation cancellation) {
        return Detail.of(meetings.cancel(actor, id, cancellation.reason()));
    }

    @GET
    @Path("{id}/replies")
    @Operation(summary = "Every invitee's answer to the invitation (or none yet: reply null), reason or substitute, "
            + "when, whether they get no mail (withoutEmail: phone them), the attendance it proposes, and the counts. "
            + "For the secretariat, the chair and the meeting's secretary; 403 NOT_ALLOWED for others")
    public MeetingRepresentations.RepliesView replies(@PathParam("id") long id) {
        return MeetingRepresentations.RepliesView.of(replies.replies(actor, id));
    }

    @GET
    @Path("{id}/replies/mine")
    @Operation(summary = "The caller's own invitation and answer; 403 NOT_INVITED when they are not invited")
    public MeetingRepresentations.MyInvitationView myReply(@PathParam("id") long id) {
        Attendee mine = replies.mine(actor, id);
        return MeetingRepresentations.MyInvitationView.of(mine, replies.isOpen(mine.getMeeting()));
    }

    @PUT
    @Path("{id}/replies/mine")
    @Operation(summary = "Answer the invitation: answer ATTENDING, ABSENT (reason required) or DELEGATING "
            + "(substituteName required, substitutePosition optional); the last answer counts. 409 MEETING_STARTED, "
            + "MEETING_CANCELLED; 403 NOT_INVITED")
    public MeetingRepresentations.MyInvitationView reply(
            @PathParam("id") long id, @NotNull(message = INVALID) MeetingInputs.ReplyBody body) {
        Attendee mine = replies.replyAsMember(actor, id, body.input());
        return MeetingRepresentations.MyInvitationView.of(mine, replies.isOpen(mine.getMeeting()));
    }
}
