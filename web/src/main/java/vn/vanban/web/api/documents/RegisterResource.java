package vn.vanban.web.api.documents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.register.ArchiveDownload;
import vn.vanban.application.register.ArchiveExports;
import vn.vanban.application.register.RegisterBooks;
import vn.vanban.application.register.RegisterCsv;
import vn.vanban.domain.model.archive.ArchiveExport;
import vn.vanban.domain.model.document.Document;
import vn.vanban.web.api.Page;

import java.net.URI;
import java.time.LocalDate;

import static vn.vanban.web.api.InputValues.date;

/** The outgoing register (sổ đăng ký văn bản đi): JSON for screens and programs, CSV for Excel, PDF to print. */
@Path("register")
@RequestScoped
@RolesAllowed({"ADMIN", "SECRETARIAT", "SIGNER"})
public class RegisterResource {

    public record Entry(long documentId, String number, String issueDate, String type, String summary, String signer,
                        String recipients, String fileCopyKeeper, Integer copies, String dateSent, String status) {

        static Entry of(Document d) {
            return new Entry(d.getId(), d.getNumberText(), String.valueOf(d.getIssueDate()), d.getType().getName(),
                    d.getSummary(), d.getSigner() == null ? null : d.getSigner().getDisplayName(), d.getRecipients(),
                    d.getFileCopyKeeper(), d.getCopies(), d.getDateSent() == null ? null : d.getDateSent().toString(),
                    d.getStatus().name());
        }
    }

    /** An export of the register's PDFs as the API shows it: how far it has got, and where its ZIP will be. */
    public record Archive(String id, String state, String step, int packed, int total, int percent, String failure,
                          String zip) {

        static Archive of(ArchiveExport export) {
            return new Archive(export.getId(), export.getState().name(), export.getStep().name(), export.getPacked(),
                    export.getTotal(), export.getPercent(),
                    export.getFailure() == null ? null : export.getFailure().name(),
                    "api/register/archives/" + export.getId() + "/zip");
        }
    }

    private static final int MAX_CSV_ROWS = 100_000;

    @Inject
    private DocumentService documents;

    @Inject
    private RegisterBooks books;

    @Inject
    private ArchiveExports archives;

    @Inject
    private Actor actor;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The register, filtered by issuer, type and issue dates (from, to: yyyy-MM-dd)")
    public Page<Entry> list(@QueryParam("issuerId") Long issuerId, @QueryParam("type") String type,
                     @QueryParam("from") String from, @QueryParam("to") String to,
                     @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        Page.check(first, max);
        LocalDate fromDate = date(from, "from");
        LocalDate toDate = date(to, "to");
        return new Page<>(documents.countRegister(actor, issuerId, type, fromDate, toDate), first, max,
                documents.register(actor, issuerId, type, fromDate, toDate, first, max).stream().map(Entry::of).toList());
    }

    @GET
    @Path("csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "The register as CSV (UTF-8 with BOM), with the columns of Decree 30/2020 appendix IV")
    public Response csv(@QueryParam("issuerId") Long issuerId, @QueryParam("type") String type,
                        @QueryParam("from") String from, @QueryParam("to") String to) {
        String csv = RegisterCsv.of(documents.register(actor, issuerId, type, date(from, "from"), date(to, "to"),
                0, MAX_CSV_ROWS));
        return Response.ok(csv)
                .header("Content-Disposition",
                        "attachment; filename=\"so-dang-ky-van-ban-di.csv\"; filename*=UTF-8''s%E1%BB%95-%C4%91%C4%83ng-k%C3%BD-v%C4%83n-b%E1%BA%A3n-%C4%91i.csv")
                .build();
    }

    @GET
    @Path("pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The register as a printable book: landscape PDF/A with the columns of Decree 30/2020 appendix IV")
    public Response pdf(@QueryParam("issuerId") Long issuerId, @QueryParam("type") String type,
                        @QueryParam("from") String from, @QueryParam("to") String to) {
        byte[] pdf = books.pdf(actor, issuerId, type, date(from, "from"), date(to, "to"), RegisterBooks.MAX_ROWS);
        return Response.ok(pdf, "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("Sổ đăng ký văn bản đi.pdf"))
                .build();
    }

    @POST
    @Path("archives")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Starts packing the issued PDFs the filters keep (at most 5,000), the register book and a list "
            + "of contents with SHA-256 into a ZIP; 202 with the export to follow at its Location")
    public Response startArchive(@QueryParam("issuerId") Long issuerId, @QueryParam("type") String type,
                                 @QueryParam("from") String from, @QueryParam("to") String to) {
        ArchiveExport export = archives.start(actor, issuerId, blankToNull(type), date(from, "from"), date(to, "to"));
        return Response.accepted(Archive.of(export))
                .location(URI.create("register/archives/" + export.getId())).build();
    }

    @GET
    @Path("archives/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How far the caller's export has got: state RUNNING, DONE or FAILED (with the error code)")
    public Archive archive(@PathParam("id") String id) {
        return Archive.of(archives.find(actor, id));
    }

    @GET
    @Path("archives/{id}/zip")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @Operation(summary = "The finished ZIP of the caller's export; 409 ARCHIVE_NOT_READY while it is being packed")
    public Response archiveZip(@PathParam("id") String id) {
        ArchiveDownload zip = archives.zip(actor, id);
        StreamingOutput body = zip::writeTo;
        return Response.ok(body, "application/zip")
                .header(HttpHeaders.CONTENT_LENGTH, zip.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("Hồ sơ văn bản đi.zip"))
                .build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
