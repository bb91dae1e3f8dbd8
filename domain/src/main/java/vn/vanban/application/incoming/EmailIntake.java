package vn.vanban.application.incoming;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vanban.application.Actor;
import vn.vanban.application.audit.AuditTrail;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.document.DocumentRepository;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.file.FileStore;
import vn.vanban.domain.model.file.StoredFile;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingFileKind;
import vn.vanban.domain.model.incoming.IncomingMail;
import vn.vanban.domain.model.incoming.IncomingRepository;
import vn.vanban.domain.model.incoming.MailAttachment;
import vn.vanban.domain.model.incoming.RefusedMail;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.IssuerRepository;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.infrastructure.database.ClusterLocks;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Turns a message of the intake mailbox into a pending receipt (status RECEIVED, for the secretariat to confirm)
 * of the body named by {@code vanban.intake.issuer} (its symbol; the first body when unset), typed
 * {@code vanban.intake.type} (công văn unless set), with the first attachment that passes the checks of a file
 * received at the desk. A message with no such attachment is noted as refused with the code of the last refusal
 * (FILE_REQUIRED when it had none). Each message is taken in a transaction of its own holding the cluster-wide
 * {@link ClusterLocks#EMAIL_INTAKE} lock, and its Message-ID is looked up only once the lock is held, so a message
 * that two instances read at once, or that is read again because marking it read failed, is taken once.
 */
@Stateless
public class EmailIntake {

    /** Who the register says received a document taken from the mailbox. */
    public static final String RECEIVED_BY = "email";

    private static final Logger LOG = Logger.getLogger(EmailIntake.class.getName());
    private static final Actor INTAKE = new Actor(RECEIVED_BY, Set.of());

    @Inject
    private IncomingRepository incoming;

    @Inject
    private IssuerRepository issuers;

    @Inject
    private DocumentRepository documents;

    @Inject
    private FileStore files;

    @Inject
    private AuditTrail audit;

    @Inject
    private ClusterLocks locks;

    @Inject
    private IncomingTexts texts;

    @Inject
    @ConfigProperty(name = "vanban.intake.issuer")
    private Optional<String> issuerSymbol;

    @Inject
    @ConfigProperty(name = "vanban.intake.type", defaultValue = "CV")
    private String typeCode;

    private final Clock clock = Clock.systemUTC();

    /** What became of a message. */
    public enum Outcome {
        RECEIVED,
        REFUSED,
        ALREADY_TAKEN
    }

    /** Takes {@code mail} once; whatever the outcome, the message is recorded for good when this returns. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome take(IncomingMail mail) {
        locks.hold(ClusterLocks.EMAIL_INTAKE);
        if (incoming.knowsMail(mail.messageId())) {
            return Outcome.ALREADY_TAKEN;
        }
        Instant now = clock.instant();
        ErrorCode refusal = ErrorCode.FILE_REQUIRED;
        for (MailAttachment attachment : mail.attachments()) {
            try {
                IncomingFileKind kind = IncomingFiles.check(attachment.content());
                receive(mail, attachment, kind, now);
                return Outcome.RECEIVED;
            } catch (DomainException refused) {
                refusal = refused.getCode();
            }
        }
        incoming.noteRefusal(new RefusedMail(mail, refusal.name(), now));
        String reason = refusal.name();
        LOG.info(() -> "Mail " + mail.messageId() + " from " + mail.senderAddress() + " refused (" + reason
                + "): " + mail.attachmentNames());
        return Outcome.REFUSED;
    }

    private void receive(IncomingMail mail, MailAttachment attachment, IncomingFileKind kind, Instant now) {
        byte[] content = attachment.content();
        IncomingDocument document = new IncomingDocument(receivingBody(), type(), mail.receipt(now),
                StoredFile.sha256(content), attachment.fileName(), kind, RECEIVED_BY);
        document.cameByEmail(mail.messageId());
        StoredFile stored = files.store(new StoredFile(content, kind.mediaType(), now));
        incoming.add(document);
        incoming.sameDocument(document).stream().findFirst().ifPresent(document::flagAsDuplicateOf);
        texts.begin(document, content);
        audit.record(INTAKE, AuditAction.INCOMING_RECEIVED, AuditTrail.incoming(document.getId()),
                "thư điện tử " + mail.messageId() + " " + document.getSender() + " " + stored.getSha256());
    }

    private Issuer receivingBody() {
        Optional<String> symbol = issuerSymbol.filter(text -> !text.isBlank());
        Optional<Issuer> body = symbol.isPresent() ? issuers.findBySymbol(symbol.get())
                : issuers.all().stream().findFirst();
        return body.orElseThrow(() -> new IllegalStateException("No receiving body for e-mail intake: "
                + symbol.orElse("no issuer at all")));
    }

    private DocumentType type() {
        return documents.type(typeCode)
                .orElseThrow(() -> new IllegalStateException("vanban.intake.type " + typeCode + " is no document type"));
    }
}
