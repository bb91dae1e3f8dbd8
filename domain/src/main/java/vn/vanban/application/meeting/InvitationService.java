package vn.vanban.application.meeting;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.audit.AuditTrail;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.document.PublicationNotices;
import vn.vanban.application.search.SearchIndexer;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentPublished;
import vn.vanban.domain.model.document.DocumentRepository;
import vn.vanban.domain.model.document.DocumentStatus;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.document.DraftContent;
import vn.vanban.domain.model.meeting.InvitationBody;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingRepository;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * A meeting's invitation (giấy mời, type GM) in one action: drafted from the record, addressed to the committee,
 * signed by the chair; from there it is reviewed, numbered, signed and published like any other document. When it
 * is published, the invitees are mailed the signed PDF and a calendar entry ({@link InvitationMails}). While the
 * invitation is a draft, drafting again saves a new version with the record as it is now.
 */
@Stateless
public class InvitationService {

    static final String INVITATION = "GM";
    private static final String RECIPIENTS = "- Như thành phần mời,\n- Lưu VP.";

    @Inject
    private AuditTrail audit;

    @Inject
    private MeetingService meetingService;

    @Inject
    private MeetingRepository meetings;

    @Inject
    private DocumentService documentService;

    @Inject
    private DocumentRepository documents;

    @Inject
    private InvitationMails mails;

    @Inject
    private SearchIndexer searchIndex;

    private final Clock clock = Clock.systemUTC();

    public Document draftInvitation(Actor actor, long meetingId) {
        if (!actor.has(Role.SECRETARIAT)) {
            throw new DomainException(ErrorCode.NOT_ALLOWED);
        }
        Meeting meeting = meetingService.get(actor, meetingId);
        if (meeting.isLocked()) {
            throw new DomainException(ErrorCode.MEETING_LOCKED);
        }
        if (meeting.isCancelled()) {
            throw new DomainException(ErrorCode.MEETING_CANCELLED);
        }
        if (!meeting.getStartsAt().isAfter(clock.instant())) {
            throw new DomainException(ErrorCode.MEETING_STARTED, "startsAt");
        }
        if (!meeting.getChair().hasRole(Role.SIGNER)) {
            throw new DomainException(ErrorCode.SIGNER_REQUIRED, "chair");
        }
        Issuer issuer = meeting.getCommittee().getIssuer();
        if (issuer == null) {
            throw new DomainException(ErrorCode.ISSUER_NOT_FOUND, "committee");
        }
        DocumentType type = documentService.type(INVITATION);
        if (!issuer.usesType(type.getCode())) {
            throw new DomainException(ErrorCode.DOCUMENT_TYPE_NOT_USED, "type");
        }
        DraftContent content = new DraftContent(meeting.getTitle(),
                InvitationBody.of(meeting, issuer.getName(), DocumentService.VIETNAM), meeting.getChair(),
                "T/M " + issuer.getName(), position(meeting), RECIPIENTS, Audience.COMMITTEES,
                Set.of(meeting.getCommittee()));
        Document invitation = meeting.getInvitation();
        if (invitation == null) {
            invitation = new Document(issuer, type, content, actor.username(), clock.instant());
            documents.add(invitation);
            meeting.attachInvitation(invitation);
        } else if (invitation.getStatus() == DocumentStatus.DRAFT) {
            invitation.revise(content, actor.username(), "Lập lại từ nội dung cuộc họp", clock.instant());
        } else {
            throw new DomainException(ErrorCode.INVITATION_EXISTS);
        }
        searchIndex.index(invitation);
        audit.record(actor, AuditAction.INVITATION_DRAFTED, AuditTrail.document(invitation.getId()),
                "meeting " + meetingId);
        return invitation;
    }

    /**
     * In the publishing transaction, like {@link PublicationNotices}: the invitees' mail commits with the
     * publication. A meeting called off before its invitation was published mails nobody.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void onPublished(@Observes(during = TransactionPhase.IN_PROGRESS) DocumentPublished published) {
        meetings.findByInvitation(published.documentId())
                .filter(meeting -> !meeting.isCancelled() && !meeting.isInvitationSent())
                .ifPresent(meeting -> {
                    meeting.invitationSent();
                    mails.sendInvitation(meeting);
                });
    }

    /** The chair's position in capitals, as the signature block prints it; the office fills it in when unknown. */
    private static String position(Meeting meeting) {
        String position = meeting.getChairPosition();
        return position == null || position.isBlank() ? "CHỦ TRÌ" : position.toUpperCase(Locale.forLanguageTag("vi"));
    }
}
