package vn.vanban.web.api.documents;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.document.DownloadLog;
import vn.vanban.application.document.InboxService;
import vn.vanban.application.document.IssuedPdfService;
import vn.vanban.application.document.PdfFileNames;
import vn.vanban.application.document.SigningService;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentFilter;
import vn.vanban.domain.model.document.DocumentStatus;
import vn.vanban.domain.model.document.VersionDiff;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.infrastructure.timing.ServerTiming;
import vn.vanban.web.api.InputValues;
import vn.vanban.web.api.Page;
import vn.vanban.web.api.documents.DocumentRepresentations.Detail;
import vn.vanban.web.api.documents.DocumentRepresentations.Summary;
import vn.vanban.web.api.documents.DocumentRepresentations.VersionContent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import static vn.vanban.web.api.InputValues.INVALID;

/**
 * Documents: drafting with versions, review, approval, issue, publication. Illegal steps answer 409
 * ILLEGAL_TRANSITION or DOCUMENT_NOT_EDITABLE; a save based on an old version answers 409 CONCURRENT_MODIFICATION.
 */
@Path("documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "SECRETARIAT", "SIGNER", "MEMBER"})
public class DocumentsResource {

    @Inject
    private DocumentService documents;

    @Inject
    private IssuedPdfService issuedPdfs;

    @Inject
    private SigningService signing;

    @Inject
    private DownloadLog downloads;

    @Inject
    private InboxService inbox;

    @Inject
    private Actor actor;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "List documents (secretariat, signers): filter by status, type, issuer, text")
    public Page<Summary> list(@QueryParam("status") String status, @QueryParam("type") String type,
                              @QueryParam("issuerId") Long issuerId, @QueryParam("q") String text,
                              @QueryParam("first") @DefaultValue("0") int first,
                              @QueryParam("max") @DefaultValue("50") int max) {
        Page.check(first, max);
        DocumentFilter filter = new DocumentFilter(InputValues.enumValue(DocumentStatus.class, status, "status"),
                type, issuerId, text);
        return new Page<>(documents.count(actor, filter), first, max,
                documents.list(actor, filter, first, max).stream().map(Summary::of).toList());
    }

    @GET
    @Path("published")
    @PermitAll
    @Operation(summary = "Published documents the caller may read (the public ones without authentication)")
    public Page<Summary> published(@QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("max") @DefaultValue("50") int max) {
        Page.check(first, max);
        List<Summary> items = documents.published(actor, first, max).stream().map(Summary::of).toList();
        return new Page<>(items.size(), first, max, items);
    }

    @POST
    @Operation(summary = "Create a draft; an empty body starts from the type's template")
    public Response create(@NotNull(message = INVALID)
                           @Valid @ConvertGroup(to = DocumentInputs.Creating.class) DocumentInputs.Draft draft) {
        Document created = documents.createDraft(actor, draft.issuerId(), draft.typeCode(), draft.input());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(Detail.of(created)).build();
    }

    @GET
    @Path("consultations")
    @Operation(summary = "Drafts under review on which the caller was asked for an opinion")
    public List<Summary> consultations() {
        return documents.consultations(actor).stream().map(Summary::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A document; a member opening a published one is recorded as having read it")
    public Detail get(@PathParam("id") long id) {
        Document document = documents.get(actor, id);
        if (document.getStatus() == DocumentStatus.PUBLISHED) {
            inbox.markRead(actor, id);
        }
        return Detail.of(document);
    }

    @GET
    @Path("{id}/readers")
    @Operation(summary = "Read receipts (secretariat): each person of the audience and when they first opened it")
    public List<InboxRepresentations.Reader> readers(@PathParam("id") long id) {
        return inbox.readers(actor, id).stream().map(InboxRepresentations.Reader::of).toList();
    }

    @GET
    @Path("{id}/downloads")
    @Operation(summary = "Who downloaded the document's PDF, newest first (secretariat)")
    public List<InboxRepresentations.Download> downloads(@PathParam("id") long id) {
        return inbox.downloads(actor, id).stream().map(InboxRepresentations.Download::of).toList();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Save the draft as a new version; basedOnVersion is the version the editor started from")
    public Detail save(@PathParam("id") long id, @NotNull(message = INVALID)
                       @Valid @ConvertGroup(to = DocumentInputs.Saving.class) DocumentInputs.Draft draft) {
        documents.saveDraft(actor, id, draft.basedOnVersion(), draft.input(), draft.note());
        return Detail.of(documents.get(actor, id));
    }

    @GET
    @Path("{id}/versions/{number}")
    public VersionContent version(@PathParam("id") long id, @PathParam("number") int number) {
        return VersionContent.of(documents.version(actor, id, number));
    }

    @GET
    @Path("{id}/diff")
    @Operation(summary = "Word-level differences between two versions")
    public List<VersionDiff.Segment> diff(@PathParam("id") long id, @QueryParam("from") int from,
                                          @QueryParam("to") int to) {
        return documents.diff(actor, id, from, to);
    }

    @POST
    @Path("{id}/relations")
    public Detail relate(@PathParam("id") long id, @NotNull(message = INVALID) DocumentInputs.Relation relation) {
        return Detail.of(documents.relate(actor, id, relation.relationKind(), relation.targetId()));
    }

    @DELETE
    @Path("{id}/relations/{relationId}")
    public Detail removeRelation(@PathParam("id") long id, @PathParam("relationId") long relationId) {
        return Detail.of(documents.removeRelation(actor, id, relationId));
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit to the signer; consulteeIds are members asked for their opinion on the draft")
    public Detail submit(@PathParam("id") long id, DocumentInputs.Submission submission) {
        return Detail.of(documents.submitForReview(actor, id, submission == null ? null : submission.comment(),
                submission == null || submission.consulteeIds() == null ? Set.of() : Set.copyOf(submission.consulteeIds())));
    }

    @POST
    @Path("{id}/comments")
    public Detail comment(@PathParam("id") long id, @NotNull(message = INVALID) DocumentInputs.Comment comment) {
        return Detail.of(documents.comment(actor, id, comment.comment()));
    }

    @POST
    @Path("{id}/approve")
    public Detail approve(@PathParam("id") long id, DocumentInputs.Comment comment) {
        return Detail.of(documents.approve(actor, id, comment == null ? null : comment.comment()));
    }

    @POST
    @Path("{id}/return")
    public Detail returnForChanges(@PathParam("id") long id,
                                   @NotNull(message = INVALID) DocumentInputs.Comment comment) {
        return Detail.of(documents.returnForChanges(actor, id, comment.comment()));
    }

    @POST
    @Path("{id}/issue")
    @Operation(summary = "Issue an approved document: it gets the next number of the outgoing register")
    public Detail issue(@PathParam("id") long id, DocumentInputs.Issue issue) {
        // Each call is a transaction of its own: the number is committed before the PDF is rendered.
        ServerTiming.time("number-tx", () -> documents.issue(actor, id, issue == null ? null : issue.date()));
        return Detail.of(ServerTiming.time("pdf-tx", () -> issuedPdfs.render(actor, id)));
    }

    @GET
    @Path("{id}/preview")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "A draft's PDF as it will be issued, marked DỰ THẢO, with the number left open and today's "
            + "date (staff, consulted members, signers); 409 DOCUMENT_NOT_EDITABLE once issued")
    public Response preview(@PathParam("id") long id) {
        byte[] pdf = issuedPdfs.preview(actor, id);
        return Response.ok(pdf, "application/pdf").header(HttpHeaders.CONTENT_LENGTH, pdf.length)
                .header("Content-Disposition", "inline; filename=\"du-thao-" + id + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Path("{id}/pdf")
    @PermitAll
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The issued PDF of a document the caller may read (public documents without authentication); "
            + "ETag, If-None-Match, single byte ranges; every download (not every range) is logged")
    public Response pdf(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                        @HeaderParam("Range") String range, @HeaderParam("If-Range") String ifRange) {
        Document document = documents.get(actor, id);
        String sha256 = document.getPdfSha256();
        if (sha256 == null) {
            throw new NotFoundException(ErrorCode.PDF_NOT_FOUND);
        }
        EntityTag etag = new EntityTag(sha256);
        if (ifNoneMatch != null && ifNoneMatch.contains(sha256)) {
            return Response.notModified(etag).build();
        }
        java.nio.file.Path copy = issuedPdfs.localCopy(sha256);
        long length = fileSize(copy);
        boolean sameFile = ifRange == null || ifRange.contains(sha256);
        ByteRange part = sameFile ? ByteRange.of(range, length).orElse(null) : null;
        if (part != null && !part.satisfiable()) {
            return Response.status(Response.Status.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header("Content-Range", part.contentRange(length)).build();
        }
        if (part == null || part.first() == 0) {
            downloads.log(actor, id, sha256);
        }
        Response.ResponseBuilder answer = part == null
                ? Response.ok(streamed(copy, 0, length), "application/pdf").header(HttpHeaders.CONTENT_LENGTH, length)
                : Response.status(Response.Status.PARTIAL_CONTENT).type("application/pdf")
                        .entity(streamed(copy, part.first(), part.last() - part.first() + 1))
                        .header(HttpHeaders.CONTENT_LENGTH, part.last() - part.first() + 1)
                        .header("Content-Range", part.contentRange(length));
        return answer.tag(etag)
                .header("Accept-Ranges", "bytes")
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(PdfFileNames.of(document)))
                .header("X-Content-SHA256", sha256)
                .build();
    }

    /** {@code length} bytes of the file from {@code offset}, copied to the client through a small buffer. */
    private static StreamingOutput streamed(java.nio.file.Path file, long offset, long length) {
        return output -> {
            try (var channel = FileChannel.open(file)) {
                var target = Channels.newChannel(output);
                long sent = 0;
                while (sent < length) {
                    long n = channel.transferTo(offset + sent, length - sent, target);
                    if (n <= 0) {
                        throw new IOException("file " + file.getFileName() + " ended before its length");
                    }
                    sent += n;
                }
            }
        };
    }

    private static long fileSize(java.nio.file.Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    @POST
    @Path("{id}/sign")
    @Operation(summary = "The signer whose turn it is signs the issued PDF (PAdES B-B); minutes: the chair, then the secretary")
    public Detail sign(@PathParam("id") long id) {
        return Detail.of(ServerTiming.time("sign-tx", () -> signing.sign(actor, id)));
    }

    @POST
    @Path("{id}/publish")
    public Detail publish(@PathParam("id") long id) {
        return Detail.of(documents.publish(actor, id));
    }

    @POST
    @Path("{id}/revoke")
    public Detail revoke(@PathParam("id") long id,
                         @NotNull(message = INVALID) @Valid DocumentInputs.Revocation revocation) {
        return Detail.of(documents.revoke(actor, id, revocation.revokingDocumentId()));
    }

    @POST
    @Path("{id}/replacement")
    @Operation(summary = "Start a correction: a new draft that replaces this issued document once it is issued")
    public Response replacement(@PathParam("id") long id) {
        Document replacement = documents.startReplacement(actor, id);
        return Response.status(Response.Status.CREATED).entity(Detail.of(replacement)).build();
    }
}
