package vn.vanban.web.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.incoming.IncomingReferences;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.incoming.HandlingState;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingStatus;
import vn.vanban.domain.model.incoming.IncomingText;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.domain.model.task.Task;
import vn.vanban.domain.model.task.TaskStatus;
import vn.vanban.web.faces.Feedback;
import vn.vanban.web.faces.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One incoming document as those who deal with it see it ({@code member/incoming.xhtml?id=}): the document and its
 * file; the phiếu giải quyết, which a signer of the receiving committee fills in (lead, assisting, instruction,
 * deadline); the sổ theo dõi giải quyết, where the people assigned record progress and the lead finishes it with a
 * note, or anyone of them (or the secretariat) starts the answer, an outgoing draft; what refers to it (answers,
 * meetings, the tasks of their conclusions); the text of its file, and while a scan is being recognised how far that
 * has come, polled until it ends. Staff and the people it is assigned to open it; anyone else gets 404, as if it did not exist.
 */
@Named
@ViewScoped
public class MemberIncomingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A person the document can be assigned to, as the lists show them. */
    public record Person(long id, String name) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    private IncomingService incoming;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    private Long id;
    /** Reloaded by id on first use after a move to another instance, where its lazy collections could not load. */
    private transient IncomingDocument document;
    private List<Person> handlers = List.of();
    private LocalDate today;

    private Long leadUserId;
    private List<Long> assistingUserIds = new ArrayList<>();
    private String assistingUnits;
    private String instruction;
    private LocalDate deadline;
    private String progressNote;
    private String finishNote;
    private transient IncomingReferences references;
    private transient IncomingText text;
    private transient boolean textLoaded;

    /** The part of a long text the page shows; the whole is in the API. */
    static final int TEXT_SHOWN = 20_000;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException(ErrorCode.INCOMING_NOT_FOUND);
            }
            document = incoming.get(actor, id);
        } catch (NotFoundException missing) {
            Pages.notFound();
            return;
        }
        today = incoming.today();
        if (incoming.mayRoute(actor, document)) {
            handlers = incoming.possibleHandlers(actor, id).stream()
                    .map(person -> new Person(person.getId(), person.getDisplayName())).toList();
            deadline = document.getDeadline();
            instruction = document.getInstruction();
        }
    }

    /** Shows the document as another section of the page just left it (its receipt corrected). */
    void show(IncomingDocument changed) {
        document = changed;
    }

    /** The phiếu giải quyết: refused with a message and nothing stored when a person or the deadline is wrong. */
    public void route() {
        if (feedback.attempt(() -> document = incoming.route(actor, id, leadUserId, assistingUserIds, assistingUnits,
                instruction, deadline), "routeForm")) {
            feedback.info("member_incoming.message.routed", document.getLeadName());
        }
    }

    public void recordProgress() {
        if (feedback.attempt(() -> document = incoming.recordProgress(actor, id, progressNote), "progressForm")) {
            progressNote = null;
            feedback.info("member_incoming.message.progress");
        }
    }

    public void finish() {
        if (feedback.attempt(() -> document = incoming.finish(actor, id, finishNote), "finishForm")) {
            finishNote = null;
            feedback.info("member_incoming.message.finished");
        }
    }

    /**
     * "Soạn văn bản trả lời": starts the answering draft and lands staff in its editor; a member assigned to the
     * document, who has no editor of outgoing documents, stays here and sees the draft listed for the secretariat.
     */
    public String answer() {
        Optional<Document> draft = feedback.resultOf(() -> incoming.answer(actor, id, null), "answerForm");
        if (draft.isEmpty()) {
            return null;
        }
        if (actor.isStaff()) {
            return "/secretariat/document.xhtml?faces-redirect=true&id=" + draft.get().getId();
        }
        references = null;
        feedback.info("member_incoming.message.answerStarted", draft.get().getSummary());
        return null;
    }

    /** Reads again how far the text has come, from the database, whichever instance recognises it. */
    public void refreshText() {
        textLoaded = false;
    }

    /** The text of the document's file and where getting it stands; null when it was never started. */
    public IncomingText getText() {
        if (!textLoaded && id != null) {
            text = incoming.text(actor, id).orElse(null);
            textLoaded = true;
        }
        return text;
    }

    public boolean isTextUnderWay() {
        return getText() != null && getText().getStatus().isUnderWay();
    }

    /** The page being recognised, counted from 1. */
    public int getTextPage() {
        return Math.min(getText().getPagesDone() + 1, Math.max(1, getText().getPagesTotal()));
    }

    public String getTextShown() {
        String all = getText() == null || getText().getText() == null ? "" : getText().getText();
        return all.length() <= TEXT_SHOWN ? all : all.substring(0, TEXT_SHOWN) + " …";
    }

    /** The answers, the meetings and the tasks that refer to this document. */
    public IncomingReferences getReferences() {
        if (references == null) {
            references = incoming.references(actor, id);
        }
        return references;
    }

    /** The state of a task given by a conclusion that acts on this document, today. */
    public TaskStatus taskStatus(Task task) {
        return task.status(today == null ? incoming.today() : today);
    }

    /** Whether the answers link to the editor of outgoing documents, which only staff open. */
    public boolean isStaff() {
        return actor.isStaff();
    }

    public boolean isMayAnswer() {
        IncomingStatus status = getDocument().getStatus();
        return (status == IncomingStatus.REGISTERED || isOpen())
                && (actor.has(Role.SECRETARIAT) || getDocument().isAssignedTo(actor.username()));
    }

    public IncomingDocument getDocument() {
        if (document == null && id != null) {
            document = incoming.get(actor, id);
        }
        return document;
    }

    public HandlingState getHandlingState() {
        return getDocument().handlingState(today == null ? incoming.today() : today);
    }

    public boolean isMayRoute() {
        return incoming.mayRoute(actor, getDocument());
    }

    private boolean isOpen() {
        IncomingStatus status = getDocument().getStatus();
        return status == IncomingStatus.ROUTED || status == IncomingStatus.IN_HANDLING;
    }

    public boolean isMayRecordProgress() {
        return isOpen() && getDocument().isAssignedTo(actor.username());
    }

    public boolean isMayFinish() {
        return isOpen() && getDocument().isLead(actor.username());
    }

    public List<Person> getHandlers() {
        return handlers;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getLeadUserId() {
        return leadUserId;
    }

    public void setLeadUserId(Long leadUserId) {
        this.leadUserId = leadUserId;
    }

    public List<Long> getAssistingUserIds() {
        return assistingUserIds;
    }

    public void setAssistingUserIds(List<Long> assistingUserIds) {
        this.assistingUserIds = assistingUserIds == null ? new ArrayList<>() : new ArrayList<>(assistingUserIds);
    }

    public String getAssistingUnits() {
        return assistingUnits;
    }

    public void setAssistingUnits(String assistingUnits) {
        this.assistingUnits = assistingUnits;
    }

    public String getInstruction() {
        return instruction;
    }

    public void setInstruction(String instruction) {
        this.instruction = instruction;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getProgressNote() {
        return progressNote;
    }

    public void setProgressNote(String progressNote) {
        this.progressNote = progressNote;
    }

    public String getFinishNote() {
        return finishNote;
    }

    public void setFinishNote(String finishNote) {
        this.finishNote = finishNote;
    }
}
