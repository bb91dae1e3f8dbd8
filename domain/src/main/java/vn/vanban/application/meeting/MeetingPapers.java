package vn.vanban.application.meeting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.audit.AuditTrail;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.incoming.IncomingFiles;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.file.FileStore;
import vn.vanban.domain.model.file.StoredFile;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingPaper;
import vn.vanban.domain.model.meeting.PaperFileKind;
import vn.vanban.domain.model.meeting.PaperUpload;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;

/**
 * The papers of a meeting's agenda items (tài liệu cuộc họp): the secretariat uploads files (PDF, DOCX, XLSX, PNG,
 * JPEG, read from the content; a PDF must open) or names a document or an incoming document of the portal, and
 * removes papers, until the minutes are issued. Whoever may see the meeting (the rule of
 * {@link MeetingService#get}) lists the papers and downloads the uploaded files; a paper naming a document is only
 * a link to it, opened under that document's own rules, so a confidential incoming document stays closed to those
 * who may not read it. Every addition, removal and download is in the audit trail (subject {@code meeting:<id>}).
 */
@Stateless
public class MeetingPapers {

    @Inject
    private MeetingService meetings;

    @Inject
    private DocumentService documents;

    @Inject
    private IncomingService incoming;

    @Inject
    private FileStore files;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** The meeting with its agenda and every item's papers, for whoever may see the meeting. */
    public Meeting list(Actor actor, long meetingId) {
        return meetings.get(actor, meetingId);
    }

    public MeetingPaper addFile(Actor actor, long meetingId, long itemId, String title, byte[] content,
                                String fileName) {
        Meeting meeting = editable(actor, meetingId);
        PaperFileKind kind = PaperFileKind.sniff(content);
        if (kind == PaperFileKind.PDF || kind == PaperFileKind.PNG || kind == PaperFileKind.JPEG) {
            IncomingFiles.check(content);
        }
        Instant now = clock.instant();
        StoredFile stored = files.store(new StoredFile(content, kind.mediaType(), now));
        MeetingPaper paper = meeting.addPaper(itemId, title,
                new PaperUpload(stored.getSha256(), kind, stored.getSize(), fileName), actor.username(), now);
        return added(actor, meeting, paper, paper.getFileName() + " " + stored.getSha256());
    }

    /**
     * A document ({@code documentId}) or an incoming document ({@code incomingId}) as a paper: exactly one of them
     * (PAPER_SOURCE_REQUIRED), which the secretariat must be able to read (DOCUMENT_NOT_FOUND, INCOMING_NOT_FOUND).
     */
    public MeetingPaper addReference(Actor actor, long meetingId, long itemId, String title, Long documentId,
                                     Long incomingId) {
        Meeting meeting = editable(actor, meetingId);
        if ((documentId == null) == (incomingId == null)) {
            throw new DomainException(ErrorCode.PAPER_SOURCE_REQUIRED, "documentId");
        }
        Instant now = clock.instant();
        MeetingPaper paper = documentId != null
                ? meeting.addPaper(itemId, title, documents.get(actor, documentId), actor.username(), now)
                : meeting.addPaper(itemId, title, incoming.get(actor, incomingId), actor.username(), now);
        return added(actor, meeting, paper, documentId != null ? AuditTrail.document(documentId)
                : AuditTrail.incoming(incomingId));
    }

    public Meeting remove(Actor actor, long meetingId, long paperId) {
        Meeting meeting = editable(actor, meetingId);
        MeetingPaper removed = meeting.removePaper(paperId);
        audit.record(actor, AuditAction.MEETING_PAPER_REMOVED, AuditTrail.meeting(meetingId),
                removed.getTitle() + " (" + (removed.getItem().getSortOrder() + 1) + ")");
        return meeting;
    }

    /** The paper, for whoever may see the meeting; PAPER_NOT_FOUND for a paper of another meeting. */
    public MeetingPaper paper(Actor actor, long meetingId, long paperId) {
        return meetings.get(actor, meetingId).paper(paperId);
    }

    /**
     * The uploaded file of a paper, for whoever may see the meeting; the download is audited. A paper naming a
     * document has no file of its own (PAPER_HAS_NO_FILE): its document is opened under its own rules.
     */
    public StoredFile file(Actor actor, long meetingId, long paperId) {
        MeetingPaper paper = paper(actor, meetingId, paperId);
        if (!paper.isFile()) {
            throw new NotFoundException(ErrorCode.PAPER_HAS_NO_FILE);
        }
        StoredFile file = files.find(paper.getFileSha256())
                .orElseThrow(() -> new NotFoundException(ErrorCode.PAPER_NOT_FOUND));
        audit.record(actor, AuditAction.MEETING_PAPER_DOWNLOADED, AuditTrail.meeting(meetingId),
                paper.getFileName() + " " + file.getSha256());
        return file;
    }

    private Meeting editable(Actor actor, long meetingId) {
        if (!actor.has(Role.SECRETARIAT)) {
            throw new DomainException(ErrorCode.NOT_ALLOWED);
        }
        Meeting meeting = meetings.get(actor, meetingId);
        meeting.requireEditable();
        return meeting;
    }

    private MeetingPaper added(Actor actor, Meeting meeting, MeetingPaper paper, String source) {
        audit.record(actor, AuditAction.MEETING_PAPER_ADDED, AuditTrail.meeting(meeting.getId()),
                paper.getTitle() + " (" + (paper.getItem().getSortOrder() + 1) + "): " + source);
        return paper;
    }
}
