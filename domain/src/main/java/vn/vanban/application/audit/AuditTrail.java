package vn.vanban.application.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DownloadLog;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.audit.AuditChain;
import vn.vanban.domain.model.audit.AuditEntry;
import vn.vanban.domain.model.audit.AuditTrailRepository;
import vn.vanban.domain.model.audit.AuditVerification;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The audit trail: every service that changes a document, a file or an account records here what it did, in its
 * own transaction, so that an entry exists exactly when the change does. {@link AuditSealer} links the entries into
 * the hash chain shortly after; {@link #verify} walks it.
 */
@Stateless
public class AuditTrail {

    /** The name the server gives the caller of an EJB that nobody authenticated. */
    private static final String UNAUTHENTICATED = "ANONYMOUS";

    @Inject
    private AuditTrailRepository entries;

    @Inject
    private AuditSealer sealer;

    @Resource
    private SessionContext caller;

    private final Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Actor actor, AuditAction action, String subject, String detail) {
        entries.add(new AuditEntry(clock.instant(), actor == null ? null : actor.username(),
                action, subject, detail));
    }

    /** Downloads of issued files, as {@link #record} would record each. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordDownloads(List<DownloadLog.Download> downloads) {
        Instant now = clock.instant();
        for (DownloadLog.Download download : downloads) {
            entries.add(new AuditEntry(now, download.actor().username(), AuditAction.PDF_DOWNLOADED,
                    document(download.documentId()), download.sha256()));
        }
    }

    /** For services that are not handed an {@link Actor}: the caller the container knows, none when anonymous. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(AuditAction action, String subject, String detail) {
        Principal principal = caller.getCallerPrincipal();
        String name = principal == null || UNAUTHENTICATED.equalsIgnoreCase(principal.getName()) ? null : principal.getName();
        entries.add(new AuditEntry(clock.instant(), name, action, subject, detail));
    }

    /** The outgoing register as a whole, for what is done with many of its documents at once. */
    public static final String REGISTER = "register";

    public static String document(long id) {
        return "document:" + id;
    }

    public static String incoming(long id) {
        return "incoming:" + id;
    }

    public static String file(String sha256) {
        return "file:" + sha256;
    }

    public static String account(String username) {
        return "account:" + username;
    }

    public static String meeting(long id) {
        return "meeting:" + id;
    }

    public static String issuer(long id) {
        return "issuer:" + id;
    }

    public static String article(long id) {
        return "article:" + id;
    }

    public List<AuditEntry> newest(Actor actor, String subject, int first, int max) {
        actor.require(Role.ADMIN);
        return entries.newest(subject, Math.max(0, first), Math.min(Math.max(1, max), 500));
    }

    /** Seals what is pending, then walks the whole chain. Reads page by page outside a transaction: bounded memory. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuditVerification verify(Actor actor) {
        actor.require(Role.ADMIN);
        sealer.sealPending();
        var verifier = new AuditChain.Verifier();
        long from = 1;
        List<AuditEntry> page;
        do {
            page = entries.sealedFrom(from, AuditSealer.BATCH);
            page.forEach(verifier::accept);
            from += page.size();
        } while (page.size() == AuditSealer.BATCH && !verifier.isBroken());
        return verifier.result(entries.countUnsealed());
    }
}
