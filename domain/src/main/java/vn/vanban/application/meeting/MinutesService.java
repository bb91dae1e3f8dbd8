package vn.vanban.application.meeting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.audit.AuditTrail;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.search.SearchIndexer;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentRepository;
import vn.vanban.domain.model.document.DocumentStatus;
import vn.vanban.domain.model.document.DraftContent;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MinutesBody;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.time.Clock;
import java.util.Set;

/**
 * Minutes in one action: from a meeting's record, a draft biên bản (type BB) of the committee's issuer, approved
 * and signed first by the chair, then by the secretary, addressed to the committee. While the minutes are a draft,
 * drafting again saves a new version with the record as it is now; once they are under review, the record is read
 * from them as they stand.
 */
@Stateless
public class MinutesService {

    static final String MINUTES = "BB";
    private static final String CHAIR = "CHỦ TRÌ";
    private static final String SECRETARY = "THƯ KÝ";

    @Inject
    private AuditTrail audit;

    @Inject
    private MeetingService meetings;

    @Inject
    private DocumentService documentService;

    @Inject
    private DocumentRepository documents;

    @Inject
    private SearchIndexer searchIndex;

    private final Clock clock = Clock.systemUTC();

    public Document draftMinutes(Actor actor, long meetingId) {
        if (!actor.has(Role.SECRETARIAT)) {
            throw new DomainException(ErrorCode.NOT_ALLOWED);
        }
        Meeting meeting = meetings.get(actor, meetingId);
        if (meeting.isLocked()) {
            throw new DomainException(ErrorCode.MEETING_LOCKED);
        }
        if (!meeting.getChair().hasRole(Role.SIGNER)) {
            throw new DomainException(ErrorCode.SIGNER_REQUIRED, "chair");
        }
        Issuer issuer = meeting.getCommittee().getIssuer();
        if (issuer == null) {
            throw new DomainException(ErrorCode.ISSUER_NOT_FOUND, "committee");
        }
        DraftContent content = new DraftContent(meeting.getTitle(), MinutesBody.of(meeting, DocumentService.VIETNAM),
                meeting.getChair(), null, CHAIR, "- Thành viên " + meeting.getCommittee().getName() + ",\n- Lưu VP.",
                Audience.COMMITTEES, Set.of(meeting.getCommittee()));
        Document minutes = meeting.getMinutes();
        if (minutes == null) {
            minutes = new Document(issuer, documentService.type(MINUTES), content, actor.username(), clock.instant());
            minutes.requireSecondSignature(meeting.getSecretary(), SECRETARY);
            documents.add(minutes);
            meeting.attachMinutes(minutes);
        } else if (minutes.getStatus() == DocumentStatus.DRAFT) {
            minutes.revise(content, actor.username(), "Lập lại từ nội dung cuộc họp", clock.instant());
            minutes.requireSecondSignature(meeting.getSecretary(), SECRETARY);
        } else {
            throw new DomainException(ErrorCode.MINUTES_EXIST);
        }
        searchIndex.index(minutes);
        audit.record(actor, AuditAction.MINUTES_DRAFTED, AuditTrail.document(minutes.getId()), "meeting " + meetingId);
        return minutes;
    }
}
