package vn.vanban.web.secretariat.meeting;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.application.meeting.MeetingService;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentFilter;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingFilter;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.organisation.Membership;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.web.faces.Feedback;
import vn.vanban.web.faces.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The meeting {@code secretariat/meeting.xhtml?id=} shows, as its sections share it: loaded once by id, and loaded
 * again after every change a section makes, after which each section refills what it shows from the new record.
 */
@Named
@ViewScoped
public class MeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "meetingForm";

    @Inject
    private MeetingService meetings;

    @Inject
    private DocumentService documents;

    @Inject
    private IncomingService incoming;

    @Inject
    private Feedback feedback;

    @Inject
    private Event<MeetingReloaded> reloaded;

    @Inject
    private Actor actor;

    private Long id;
    /*
     * The record as loaded: entities with lazy collections, which they could not load once read back on another
     * instance of the group. They do not move with the view; the first use after a move reloads them by the id.
     */
    private transient Meeting meeting;
    private transient List<Membership> members;
    private transient List<Document> documentChoices;
    private transient List<IncomingDocument> incomingChoices;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException(ErrorCode.MEETING_NOT_FOUND);
            }
            loadRecord();
        } catch (NotFoundException missing) {
            Pages.notFound();
        }
    }

    private void loadRecord() {
        meeting = meetings.get(actor, id);
        members = meeting.getCommittee().getMembers();
    }

    /** Runs a change of the meeting's main form; see {@link #step(String, Runnable, String)}. */
    boolean step(Runnable change, String successKey) {
        return step(FORM, change, successKey);
    }

    /**
     * Runs {@code change}; when it is done, reloads the meeting, has every section refill itself from it and says
     * {@code successKey}. A refusal shows on {@code formId} instead; false then.
     */
    boolean step(String formId, Runnable change, String successKey) {
        if (!feedback.attempt(change, formId)) {
            return false;
        }
        loadRecord();
        reloaded.fire(new MeetingReloaded(meeting));
        feedback.info(successKey);
        return true;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Meeting getMeeting() {
        if (meeting == null && id != null) {
            loadRecord();
        }
        return meeting;
    }

    /** The members of the meeting's committee: who may chair it, take its minutes, be invited or carry a task. */
    public List<Membership> getMembers() {
        getMeeting();
        return members;
    }

    /** The documents an agenda item or a paper may name. */
    public List<Document> getDocumentChoices() {
        if (documentChoices == null) {
            documentChoices = documents.list(actor, new DocumentFilter(null, null, null, null), 0, 100);
        }
        return documentChoices;
    }

    /** The registered incoming documents an agenda item, a paper or a conclusion may name, latest arrivals first. */
    public List<IncomingDocument> getIncomingChoices() {
        if (incomingChoices == null) {
            IncomingFilter registered = new IncomingFilter(null, null, null, null, null, null, true);
            incomingChoices = incoming.list(actor, registered, 0, 100);
        }
        return incomingChoices;
    }
}
