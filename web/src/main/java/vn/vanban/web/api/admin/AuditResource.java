package vn.vanban.web.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.vanban.application.Actor;
import vn.vanban.application.audit.AuditTrail;
import vn.vanban.domain.model.audit.AuditEntry;
import vn.vanban.domain.model.audit.AuditVerification;
import vn.vanban.web.api.Page;

import java.time.Instant;
import java.util.List;

/** The audit trail, for the administrator: what was done, by whom, and whether the hash chain over it holds. */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AuditResource {

    public record EntryRepresentation(long id, Instant at, String actor, String action, String subject, String detail,
                                      Long position, String hash) {

        static EntryRepresentation of(AuditEntry e) {
            return new EntryRepresentation(e.getId(), e.getAt(), e.getActor(), e.getAction(), e.getSubject(),
                    e.getDetail(), e.getPosition(), e.getHash());
        }
    }

    public record VerificationRepresentation(boolean intact, long sealed, long unsealed, String head,
                                             AuditVerification.Break firstBreak) {

        static VerificationRepresentation of(AuditVerification v) {
            return new VerificationRepresentation(v.intact(), v.sealed(), v.unsealed(), v.head(), v.firstBreak());
        }
    }

    @Inject
    private AuditTrail audit;

    @Inject
    private Actor actor;

    @GET
    @Operation(summary = "Audit entries, newest first; subject=document:12 (or file:…, account:…, article:…, meeting:…, issuer:…) for one")
    public List<EntryRepresentation> list(@QueryParam("subject") String subject,
                                          @QueryParam("first") @DefaultValue("0") int first,
                                          @QueryParam("max") @DefaultValue("50") int max) {
        Page.check(first, max);
        return audit.newest(actor, subject == null || subject.isBlank() ? null : subject.strip(), first, max).stream()
                .map(EntryRepresentation::of).toList();
    }

    @GET
    @Path("verification")
    @Operation(summary = "Seal pending entries and walk the hash chain: entries checked, head hash, first break")
    public VerificationRepresentation verify() {
        return VerificationRepresentation.of(audit.verify(actor));
    }
}
