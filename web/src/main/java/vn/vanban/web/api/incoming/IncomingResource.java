package vn.vanban.web.api.incoming;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.vanban.application.Actor;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.application.register.IncomingRegisterCsv;
import vn.vanban.application.register.RegisterBooks;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.file.StoredFile;
import vn.vanban.domain.model.incoming.Confidentiality;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingFileKind;
import vn.vanban.domain.model.incoming.IncomingFilter;
import vn.vanban.domain.model.incoming.IncomingStatus;
import vn.vanban.domain.model.incoming.IncomingText;
import vn.vanban.domain.model.incoming.Medium;
import vn.vanban.domain.model.incoming.Receipt;
import vn.vanban.domain.model.incoming.Urgency;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.web.api.Page;
import vn.vanban.web.api.UploadedFileName;
import vn.vanban.web.api.documents.Downloads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static vn.vanban.web.api.InputValues.date;
import static vn.vanban.web.api.InputValues.enumValueInAnyCase;
import static vn.vanban.web.api.InputValues.time;

/**
 * Incoming documents (văn bản đến): receipts with their file as multipart, registration with the next số đến, the
 * register (sổ đăng ký văn bản đến) as JSON, as CSV for Excel and as a printed PDF/A book; answers started as
 * outgoing drafts. A file that is not a PDF, PNG or JPEG answers 400
 * FILE_TYPE_NOT_ALLOWED; a document already registered answers 409 INCOMING_DUPLICATE unless confirmed.
 */
@Path("incoming")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "SECRETARIAT", "SIGNER"})
public class IncomingResource {

    /** Room for the longest text field of a receipt (a summary of 1,000 characters, 4 bytes each at most). */
    private static final int MAX_FIELD_BYTES = 8 * 1024;
    private static final int MAX_CSV_ROWS = 100_000;

    @Inject
    private IncomingService incoming;

    @Inject
    private RegisterBooks books;

    @Inject
    private Actor actor;

    @Context
    private UriInfo uri;

    public record Registration(Boolean confirmDuplicate) {
    }

    public record Correction(String typeCode, String sender, String numberSymbol, String documentDate, String summary,
                             String urgency, String confidentiality, String medium, String arrivedAt, String recipient,
                             String note) {
    }

    public record Routing(Long leadUserId, List<Long> assistingUserIds, String assisting, String instruction,
                          String deadline) {
    }

    public record Note(String note) {
    }

    public record Answering(String typeCode) {
    }

    /** The text of the document's file as far as it was had, with where getting it stands. */
    public record Text(long incomingId, IncomingRepresentation.TextState state, String text) {
    }

    /** The draft an answer starts: where to read it in the API and where to write it on the screens. */
    public record AnswerDraft(long documentId, long incomingId, String typeCode, String summary, String status,
                              String document, String editor) {
    }

    @GET
    @Operation(summary = "Incoming documents, received and registered, filtered by receiving body (issuerId), "
            + "arrival days (from, to: yyyy-MM-dd), status, urgency and text (sender, number, summary)")
    public Page<IncomingRepresentation> list(@QueryParam("issuerId") Long issuerId, @QueryParam("from") String from,
                                             @QueryParam("to") String to, @QueryParam("status") String status,
                                             @QueryParam("urgency") String urgency, @QueryParam("q") String text,
                                             @QueryParam("first") @DefaultValue("0") int first,
                                             @QueryParam("max") @DefaultValue("50") int max) {
        return page(filter(issuerId, from, to, status, urgency, text, false), first, max);
    }

    @GET
    @Path("register")
    @Operation(summary = "The incoming register (sổ đăng ký văn bản đến): registered documents with the columns of "
            + "Decree 30/2020 appendix IV, by arrival day and số đến; same filters as the list")
    public Page<IncomingRepresentation> register(@QueryParam("issuerId") Long issuerId, @QueryParam("from") String from,
                                                 @QueryParam("to") String to, @QueryParam("urgency") String urgency,
                                                 @QueryParam("q") String text,
                                                 @QueryParam("first") @DefaultValue("0") int first,
                                                 @QueryParam("max") @DefaultValue("50") int max) {
        return page(filter(issuerId, from, to, null, urgency, text, true), first, max);
    }

    @GET
    @Path("register/csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "The incoming register as CSV (UTF-8 with BOM, for Excel), columns of Decree 30/2020 appendix IV")
    public Response registerCsv(@QueryParam("issuerId") Long issuerId, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("urgency") String urgency,
                                @QueryParam("q") String text) {
        String csv = IncomingRegisterCsv.of(incoming.list(actor, filter(issuerId, from, to, null, urgency, text, true),
                0, MAX_CSV_ROWS));
        return Response.ok(csv)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("Sổ đăng ký văn bản đến.csv"))
                .build();
    }

    @GET
    @Path("register/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The incoming register as a printable book: landscape PDF/A with the columns of Decree "
            + "30/2020 appendix IV and the number of the answer; same filters as the register (5,000 entries at most)")
    public Response registerPdf(@QueryParam("issuerId") Long issuerId, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("urgency") String urgency,
                                @QueryParam("q") String text) {
        byte[] pdf = books.incomingPdf(actor, filter(issuerId, from, to, null, urgency, text, true),
                RegisterBooks.MAX_ROWS);
        return Response.ok(pdf, "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("Sổ đăng ký văn bản đến.pdf"))
                .build();
    }

    @GET
    @Path("senders")
    @Operation(summary = "Senders recorded so far (containing q when given), to choose from when receiving")
    public List<String> senders(@QueryParam("q") String text) {
        return incoming.senders(actor, text);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("SECRETARIAT")
    @Operation(summary = "Receive a document: multipart with 'file' (PDF, PNG or JPEG, 20 MB at most) and the fields "
            + "issuerId, typeCode, sender, numberSymbol, documentDate (yyyy-MM-dd), summary, urgency (NORMAL, URGENT, "
            + "VERY_URGENT, FLASH), confidentiality (NONE, CONFIDENTIAL, SECRET, TOP_SECRET), medium (PAPER, "
            + "ELECTRONIC), arrivedAt (yyyy-MM-ddTHH:mm in Vietnam, or with an offset; now when absent), recipient, "
            + "note. With register=true it is registered at once, unless it repeats a document already received: "
            + "then it stays RECEIVED with duplicateOf set")
    public Response receive(List<EntityPart> parts, @QueryParam("register") @DefaultValue("false") boolean register)
            throws IOException {
        Map<String, String> fields = new HashMap<>();
        byte[] file = null;
        String fileName = null;
        for (EntityPart part : parts) {
            if ("file".equals(part.getName())) {
                file = bounded(part.getContent(), IncomingFileKind.MAX_BYTES, ErrorCode.FILE_TOO_LARGE, "file");
                fileName = part.getFileName().map(UploadedFileName::of).orElse(null);
            } else {
                fields.put(part.getName(), new String(bounded(part.getContent(), MAX_FIELD_BYTES,
                        ErrorCode.VALIDATION_FAILED, part.getName()), StandardCharsets.UTF_8));
            }
        }
        Receipt receipt = new Receipt(fields.get("sender"), fields.get("numberSymbol"),
                date(fields.get("documentDate"), "documentDate"), fields.get("summary"),
                enumValueInAnyCase(Urgency.class, fields.get("urgency"), "urgency"),
                enumValueInAnyCase(Confidentiality.class, fields.get("confidentiality"), "confidentiality"),
                enumValueInAnyCase(Medium.class, fields.get("medium"), "medium"),
                time(fields.get("arrivedAt"), "arrivedAt"),
                fields.get("recipient"), fields.get("note"));
        IncomingDocument received = incoming.receive(actor, issuerId(fields.get("issuerId")), fields.get("typeCode"),
                receipt, file, fileName, register);
        return Response.created(uri.getAbsolutePathBuilder().replaceQuery(null)
                        .path(String.valueOf(received.getId())).build())
                .entity(IncomingRepresentation.of(received, incoming.today(),
                        incoming.text(actor, received.getId()).orElse(null))).build();
    }

    @GET
    @Path("assigned")
    @RolesAllowed({"ADMIN", "SECRETARIAT", "SIGNER", "MEMBER"})
    @Operation(summary = "The unfinished incoming documents the caller leads or assists in: urgent first, then by deadline")
    public List<IncomingRepresentation> assigned() {
        LocalDate today = incoming.today();
        return incoming.assignedTo(actor).stream().map(d -> IncomingRepresentation.of(d, today)).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"ADMIN", "SECRETARIAT", "SIGNER", "MEMBER"})
    @Operation(summary = "One incoming document, with its phiếu giải quyết and sổ theo dõi, and what refers to it: "
            + "answers (outgoing documents), meetings (agenda items and conclusions naming it) and the tasks of those "
            + "conclusions; where its text stands (text.status PENDING, RUNNING with pagesDone of pagesTotal, DONE, "
            + "FAILED with failure); for staff and for those it is assigned to (404 INCOMING_NOT_FOUND for anyone else)")
    public IncomingRepresentation get(@PathParam("id") long id) {
        return IncomingRepresentation.of(incoming.get(actor, id), incoming.today(), incoming.references(actor, id),
                incoming.text(actor, id).orElse(null));
    }

    @GET
    @Path("{id}/text")
    @RolesAllowed({"ADMIN", "SECRETARIAT", "SIGNER", "MEMBER"})
    @Operation(summary = "The text of the incoming document's file: from a PDF's text layer, or recognised (Tesseract, "
            + "Vietnamese) from a scan in the background; text is null until state.status is DONE. For those who "
            + "read the document (404 INCOMING_NOT_FOUND for anyone else)")
    public Text text(@PathParam("id") long id) {
        IncomingText text = incoming.text(actor, id).orElse(null);
        return new Text(id, IncomingRepresentation.TextState.of(id, text), text == null ? null : text.getText());
    }

    @GET
    @Path("{id}/file")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @RolesAllowed({"ADMIN", "SECRETARIAT", "SIGNER", "MEMBER"})
    @Operation(summary = "The incoming document's file as received; for staff and for those it is assigned to")
    public Response file(@PathParam("id") long id) {
        IncomingDocument document = incoming.get(actor, id);
        StoredFile file = incoming.file(actor, id);
        return Response.ok(file.getContent(), file.getMediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(document.getFileName()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("SECRETARIAT")
    @Operation(summary = "Correct a receipt that is not registered yet (an e-mailed one comes as 'Không số'): the "
            + "fields of a receipt as JSON, arrivedAt kept when absent; checked as on receipt, its duplicate decided "
            + "again; 409 ILLEGAL_TRANSITION once registered")
    public IncomingRepresentation correct(@PathParam("id") long id, Correction correction) {
        if (correction == null) {
            throw new DomainException(ErrorCode.SENDER_REQUIRED, "sender");
        }
        Receipt receipt = new Receipt(correction.sender(), correction.numberSymbol(),
                date(correction.documentDate(), "documentDate"), correction.summary(),
                enumValueInAnyCase(Urgency.class, correction.urgency(), "urgency"),
                enumValueInAnyCase(Confidentiality.class, correction.confidentiality(), "confidentiality"),
                enumValueInAnyCase(Medium.class, correction.medium(), "medium"),
                time(correction.arrivedAt(), "arrivedAt"),
                correction.recipient(), correction.note());
        return IncomingRepresentation.of(incoming.correct(actor, id, correction.typeCode(), receipt), incoming.today());
    }

    @POST
    @Path("{id}/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("SECRETARIAT")
    @Operation(summary = "Enter a received document in the register with the next số đến of its body and year; "
            + "409 INCOMING_DUPLICATE when the same document is registered already, unless confirmDuplicate is true")
    public IncomingRepresentation registerOne(@PathParam("id") long id, Registration registration) {
        boolean confirm = registration != null && Boolean.TRUE.equals(registration.confirmDuplicate());
        return IncomingRepresentation.of(incoming.register(actor, id, confirm), incoming.today());
    }

    @POST
    @Path("{id}/route")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("SIGNER")
    @Operation(summary = "The phiếu giải quyết, by a signer of a committee of the receiving body: leadUserId and "
            + "assistingUserIds (members of such a committee: LEAD_NOT_IN_COMMITTEE, ASSISTANT_NOT_IN_COMMITTEE), "
            + "assisting (units, as text), instruction, deadline (yyyy-MM-dd, not before the arrival: "
            + "DEADLINE_BEFORE_ARRIVAL); an urgent document is mailed to the lead at once")
    public IncomingRepresentation route(@PathParam("id") long id, Routing routing) {
        if (routing == null) {
            throw new DomainException(ErrorCode.LEAD_REQUIRED, "leadUserId");
        }
        return IncomingRepresentation.of(incoming.route(actor, id, routing.leadUserId(), routing.assistingUserIds(),
                routing.assisting(), routing.instruction(), date(routing.deadline(), "deadline")), incoming.today());
    }

    @POST
    @Path("{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "SECRETARIAT", "SIGNER", "MEMBER"})
    @Operation(summary = "A line of the sổ theo dõi giải quyết (note), by the lead or someone who assists "
            + "(403 INCOMING_NOT_ASSIGNED otherwise); the first one moves the document to IN_HANDLING")
    public IncomingRepresentation progress(@PathParam("id") long id, Note note) {
        return IncomingRepresentation.of(incoming.recordProgress(actor, id, note == null ? null : note.note()),
                incoming.today());
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "SECRETARIAT", "SIGNER", "MEMBER"})
    @Operation(summary = "The lead finishes the handling with a note (403 INCOMING_NOT_LEAD for anyone else): CLOSED")
    public IncomingRepresentation complete(@PathParam("id") long id, Note note) {
        return IncomingRepresentation.of(incoming.finish(actor, id, note == null ? null : note.note()),
                incoming.today());
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "SECRETARIAT", "SIGNER", "MEMBER"})
    @Operation(summary = "Soạn văn bản trả lời: starts an outgoing draft of the receiving body (typeCode, CV when "
            + "absent) that ANSWERS this document; 201 with the draft. The lead, those who assist and the secretariat "
            + "may (403 INCOMING_ANSWER_NOT_ALLOWED for other readers); the document must be registered and not "
            + "finished (409 ILLEGAL_TRANSITION). When the draft is issued, its number fills the register's "
            + "answerNumbers and the document becomes ANSWERED (handlingState DONE)")
    public Response answer(@PathParam("id") long id, Answering answering) {
        Document draft = incoming.answer(actor, id, answering == null ? null : answering.typeCode());
        return Response.created(uri.getBaseUriBuilder().path("documents").path(String.valueOf(draft.getId())).build())
                .entity(new AnswerDraft(draft.getId(), id, draft.getType().getCode(), draft.getSummary(),
                        draft.getStatus().name(), "api/documents/" + draft.getId(),
                        "secretariat/document.xhtml?id=" + draft.getId()))
                .build();
    }

    private Page<IncomingRepresentation> page(IncomingFilter filter, int first, int max) {
        Page.check(first, max);
        LocalDate today = incoming.today();
        return new Page<>(incoming.count(actor, filter), first, max,
                incoming.list(actor, filter, first, max).stream().map(d -> IncomingRepresentation.of(d, today)).toList());
    }

    private static IncomingFilter filter(Long issuerId, String from, String to, String status, String urgency,
                                         String text, boolean registeredOnly) {
        return new IncomingFilter(issuerId, date(from, "from"), date(to, "to"),
                enumValueInAnyCase(IncomingStatus.class, status, "status"),
                enumValueInAnyCase(Urgency.class, urgency, "urgency"),
                text, registeredOnly);
    }

    private static byte[] bounded(InputStream in, int limit, ErrorCode code, String field) throws IOException {
        byte[] content = in.readNBytes(limit + 1);
        if (content.length > limit) {
            throw new DomainException(code, field);
        }
        return content;
    }

    private static long issuerId(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException malformed) {
            throw new DomainException(ErrorCode.ISSUER_NOT_FOUND, "issuerId");
        }
    }
}
