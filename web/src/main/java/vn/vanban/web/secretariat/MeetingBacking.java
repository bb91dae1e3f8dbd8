package vn.vanban.web.secretariat;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.application.meeting.InvitationMails;
import vn.vanban.application.meeting.InvitationReplies;
import vn.vanban.application.meeting.InvitationService;
import vn.vanban.application.meeting.MeetingInput;
import vn.vanban.application.meeting.MeetingPapers;
import vn.vanban.application.meeting.MeetingService;
import vn.vanban.application.meeting.MinutesService;
import vn.vanban.application.news.NewsService;
import vn.vanban.application.task.TaskInput;
import vn.vanban.application.task.TaskService;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentFilter;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingFilter;
import vn.vanban.domain.model.meeting.Attendance;
import vn.vanban.domain.model.meeting.Attendee;
import vn.vanban.domain.model.meeting.Conclusion;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingKind;
import vn.vanban.domain.model.meeting.Opinion;
import vn.vanban.domain.model.meeting.ReplyCounts;
import vn.vanban.domain.model.news.Article;
import vn.vanban.domain.model.organisation.Membership;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.domain.model.task.ReviewOutcome;
import vn.vanban.domain.model.task.Task;
import vn.vanban.domain.model.task.TaskStatus;
import vn.vanban.web.faces.Feedback;
import vn.vanban.web.faces.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One meeting's record ({@code secretariat/meeting.xhtml?id=}): details, attendance, agenda, opinions and
 * conclusions with their order, the tasks the conclusions create, the review of earlier tasks, and the minutes.
 */
@Named
@ViewScoped
public class MeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "meetingForm";
    static final String CANCEL_FORM = "cancelForm";
    static final String PAPER_FORM = "paperForm";

    @Inject
    private MeetingService meetings;

    @Inject
    private MinutesService minutes;

    @Inject
    private MeetingPapers papers;

    @Inject
    private InvitationService invitations;

    @Inject
    private TaskService tasks;

    @Inject
    private DocumentService documents;

    @Inject
    private IncomingService incoming;

    @Inject
    private NewsService news;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    private Long id;
    /*
     * The record as loaded: entities with lazy collections, which they could not load once read back on another
     * instance of the group. They do not move with the view; the first use after a move reloads them by the id.
     */
    private transient Meeting meeting;
    private transient List<Task> meetingTasks;
    private transient List<Task> reviewTasks;
    private transient List<Membership> members;
    private transient List<Document> documentChoices;
    private transient List<IncomingDocument> incomingChoices;
    private LocalDate today;

    private MeetingKind kind;
    private String title;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private Long chairId;
    private String chairPosition;
    private Long secretaryId;
    private String secretaryPosition;

    private final Map<Long, Attendance> attendance = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private Long inviteUserId;
    private String guestName;
    private String guestTitle;

    private String itemTitle;
    private Long itemDocumentId;
    private Long itemIncomingId;
    private boolean itemTaskReview;

    private Long paperItemId;
    private String paperTitle;
    private transient UploadedFile paperFile;
    private Long paperDocumentId;
    private Long paperIncomingId;

    private String speaker;
    private String speakerTitle;
    private String opinionSummary;
    private final Map<Long, String> opinionTexts = new HashMap<>();

    private String conclusionText;
    private Long conclusionIncomingId;

    private String cancelReason;
    private final Map<Long, String> conclusionTexts = new HashMap<>();
    private final Map<Long, Long> conclusionIncoming = new HashMap<>();

    private Long taskConclusionId;
    private String taskText;
    private String taskResponsible;
    private List<Long> taskAssigneeIds = new ArrayList<>();
    private LocalDate taskDueDate;
    private Integer taskQuarterYear;
    private Integer taskQuarter;
    private BigDecimal targetMin;
    private BigDecimal targetMax;
    private String targetUnit;

    private final Map<Long, ReviewOutcome> reviewOutcomes = new HashMap<>();
    private final Map<Long, String> reviewNotes = new HashMap<>();

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException(ErrorCode.MEETING_NOT_FOUND);
            }
            meeting = meetings.get(actor, id);
        } catch (NotFoundException missing) {
            Pages.notFound();
            return;
        }
        reload();
    }

    private void loadRecord() {
        meeting = meetings.get(actor, id);
        meetingTasks = tasks.ofMeeting(actor, id);
        reviewTasks = tasks.forReview(actor, id);
        members = meeting.getCommittee().getMembers();
        today = tasks.today();
    }

    /** The record does not move with the view to another instance; there its first use loads it again. */
    private void loadRecordAfterMove() {
        if (meeting == null && id != null) {
            loadRecord();
        }
    }

    private void reload() {
        loadRecord();
        kind = meeting.getKind();
        title = meeting.getTitle();
        startsAt = local(meeting.getStartsAt());
        endsAt = local(meeting.getEndsAt());
        place = meeting.getPlace();
        chairId = meeting.getChair().getId();
        chairPosition = meeting.getChairPosition();
        secretaryId = meeting.getSecretary().getId();
        secretaryPosition = meeting.getSecretaryPosition();
        attendance.clear();
        reasons.clear();
        for (Attendee a : meeting.getAttendees()) {
            attendance.put(a.getId(), a.getAttendance());
            reasons.put(a.getId(), a.getReason());
        }
        opinionTexts.clear();
        meeting.getOpinions().forEach(o -> opinionTexts.put(o.getId(), o.getSummary()));
        conclusionTexts.clear();
        meeting.getConclusions().forEach(c -> conclusionTexts.put(c.getId(), c.getText()));
        conclusionIncoming.clear();
        meeting.getConclusions().stream().filter(c -> c.getIncoming() != null)
                .forEach(c -> conclusionIncoming.put(c.getId(), c.getIncoming().getId()));
        reviewOutcomes.clear();
        reviewNotes.clear();
        for (Task task : reviewTasks) {
            task.reviewAt(meeting).ifPresent(r -> {
                reviewOutcomes.put(task.getId(), r.getOutcome());
                reviewNotes.put(task.getId(), r.getNote());
            });
        }
    }

    private void step(Runnable action, String successKey) {
        if (feedback.attempt(action, FORM)) {
            reload();
            feedback.info(successKey);
        }
    }

    public void saveDetails() {
        Integer sequenceBefore = getMeeting().getInvitationSequence();
        step(() -> meetings.change(actor, id, new MeetingInput(getMeeting().getCommittee().getId(), kind, title,
                instant(startsAt), instant(endsAt), place, chairId, chairPosition, secretaryId, secretaryPosition)),
                "secretariat_meeting.message.saved");
        if (sequenceBefore != null && !sequenceBefore.equals(getMeeting().getInvitationSequence())) {
            feedback.info("secretariat_meeting.message.invitationUpdated");
        }
    }

    /** Calls the meeting off; the invitees already invited are told by mail. */
    public void cancelMeeting() {
        if (feedback.attempt(() -> meetings.cancel(actor, id, cancelReason), CANCEL_FORM)) {
            reload();
            feedback.info("secretariat_meeting.message.cancelled");
        }
    }

    /** Whether the meeting is still to come, so that inviting to it makes sense. */
    public boolean isUpcoming() {
        return getMeeting().getStartsAt().isAfter(Instant.now());
    }

    /** Whether the caller reads the invitees' answers: the secretariat, the chair and the meeting's secretary. */
    public boolean isMayReadReplies() {
        return InvitationReplies.mayReadReplies(actor, getMeeting());
    }

    public ReplyCounts getReplyCounts() {
        return ReplyCounts.of(getMeeting().getAttendees());
    }

    /** Whether the invitee gets no mail, so that someone phones them. */
    public boolean withoutEmail(Attendee invitee) {
        return InvitationMails.withoutEmail(invitee);
    }

    /** The invitees who get no invitation mail for want of an address. */
    public String getWithoutEmail() {
        return String.join(", ", InvitationMails.withoutEmail(getMeeting()));
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public void saveAttendance(long attendeeId) {
        step(() -> meetings.recordAttendance(actor, id, attendeeId, attendance.get(attendeeId), reasons.get(attendeeId)),
                "secretariat_meeting.message.saved");
    }

    public void removeAttendee(long attendeeId) {
        step(() -> meetings.removeAttendee(actor, id, attendeeId), "secretariat_meeting.message.removed");
    }

    public void inviteMember() {
        step(() -> {
            Membership chosen = getMembers().stream().filter(m -> m.getPerson().getId().equals(inviteUserId))
                    .findFirst().orElseThrow(() -> new NotFoundException(ErrorCode.USER_NOT_FOUND));
            meetings.invite(actor, id, chosen.getPerson().getId(), chosen.getPositionTitle());
        }, "secretariat_meeting.message.invited");
    }

    public void inviteGuest() {
        step(() -> meetings.inviteGuest(actor, id, guestName, guestTitle), "secretariat_meeting.message.invited");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            guestName = null;
            guestTitle = null;
        }
    }

    /** Uploads the chosen file as a paper of the chosen agenda item. */
    public void uploadPaper() {
        byte[] content = paperFile == null ? null : paperFile.getContent();
        String fileName = paperFile == null ? null : paperFile.getFileName();
        long itemId = paperItemId == null ? -1 : paperItemId;
        paperStep(() -> papers.addFile(actor, id, itemId, paperTitle, content, fileName));
    }

    /** Names the chosen document or incoming document as a paper of the chosen agenda item. */
    public void attachPaper() {
        long itemId = paperItemId == null ? -1 : paperItemId;
        paperStep(() -> papers.addReference(actor, id, itemId, paperTitle, paperDocumentId, paperIncomingId));
    }

    public void removePaper(long paperId) {
        step(() -> papers.remove(actor, id, paperId), "secretariat_meeting.message.paperRemoved");
    }

    private void paperStep(Runnable action) {
        if (feedback.attempt(action, PAPER_FORM)) {
            reload();
            feedback.info("secretariat_meeting.message.paperAdded");
            paperTitle = null;
            paperFile = null;
            paperDocumentId = null;
            paperIncomingId = null;
        }
    }

    public void addAgendaItem() {
        step(() -> meetings.addAgendaItem(actor, id, itemTitle, itemDocumentId, itemIncomingId, itemTaskReview),
                "secretariat_meeting.message.added");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            itemTitle = null;
            itemDocumentId = null;
            itemIncomingId = null;
            itemTaskReview = false;
        }
    }

    public void moveAgendaItem(long itemId, int by) {
        step(() -> meetings.reorderAgenda(actor, id, moved(getMeeting().getAgenda(), a -> a.getId(), itemId, by)),
                "secretariat_meeting.message.reordered");
    }

    public void removeAgendaItem(long itemId) {
        step(() -> meetings.removeAgendaItem(actor, id, itemId), "secretariat_meeting.message.removed");
    }

    public void addOpinion() {
        step(() -> meetings.addOpinion(actor, id, speaker, speakerTitle, opinionSummary), "secretariat_meeting.message.added");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            speaker = null;
            speakerTitle = null;
            opinionSummary = null;
        }
    }

    public void saveOpinion(long opinionId) {
        Opinion opinion = getMeeting().getOpinions().stream().filter(o -> o.getId() == opinionId).findFirst()
                .orElseThrow();
        step(() -> meetings.changeOpinion(actor, id, opinionId, opinion.getSpeaker(), opinion.getSpeakerTitle(),
                opinionTexts.get(opinionId)), "secretariat_meeting.message.saved");
    }

    public void moveOpinion(long opinionId, int by) {
        step(() -> meetings.reorderOpinions(actor, id,
                        moved(getMeeting().getOpinions(), Opinion::getId, opinionId, by)),
                "secretariat_meeting.message.reordered");
    }

    public void removeOpinion(long opinionId) {
        step(() -> meetings.removeOpinion(actor, id, opinionId), "secretariat_meeting.message.removed");
    }

    public void addConclusion() {
        step(() -> meetings.addConclusion(actor, id, conclusionText, conclusionIncomingId),
                "secretariat_meeting.message.added");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            conclusionText = null;
            conclusionIncomingId = null;
        }
    }

    public void saveConclusion(long conclusionId) {
        step(() -> meetings.changeConclusion(actor, id, conclusionId, conclusionTexts.get(conclusionId),
                        conclusionIncoming.get(conclusionId)),
                "secretariat_meeting.message.saved");
    }

    public void moveConclusion(long conclusionId, int by) {
        step(() -> meetings.reorderConclusions(actor, id,
                        moved(getMeeting().getConclusions(), Conclusion::getId, conclusionId, by)),
                "secretariat_meeting.message.reordered");
    }

    public void removeConclusion(long conclusionId) {
        step(() -> meetings.removeConclusion(actor, id, conclusionId), "secretariat_meeting.message.removed");
    }

    /** Opens the task form for a conclusion, its text as the task's starting point. */
    public void prepareTask(long conclusionId) {
        taskConclusionId = conclusionId;
        taskText = conclusionTexts.get(conclusionId);
        taskResponsible = null;
        taskAssigneeIds = new ArrayList<>();
        taskDueDate = null;
        taskQuarterYear = today.getYear();
        taskQuarter = null;
        targetMin = null;
        targetMax = null;
        targetUnit = null;
    }

    public void createTask() {
        if (feedback.attempt(() -> tasks.create(actor, id, taskConclusionId, new TaskInput(taskText, taskResponsible,
                Set.copyOf(taskAssigneeIds), taskDueDate, taskQuarterYear, taskQuarter, targetMin, targetMax, targetUnit)),
                "taskForm")) {
            reload();
            feedback.info("secretariat_meeting.message.taskCreated");
        }
    }

    public void review(long taskId) {
        step(() -> tasks.review(actor, taskId, id, reviewOutcomes.get(taskId), reviewNotes.get(taskId)),
                "secretariat_meeting.message.reviewed");
    }

    /** Drafts (or redrafts) the minutes and opens them on the document workbench. */
    public void draftMinutes() throws IOException {
        Document[] drafted = new Document[1];
        if (feedback.attempt(() -> drafted[0] = minutes.draftMinutes(actor, id), FORM)) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/secretariat/document.xhtml?id=" + drafted[0].getId());
        }
    }

    /** Drafts (or redrafts) the invitation and opens it on the document workbench. */
    public void draftInvitation() throws IOException {
        Document[] drafted = new Document[1];
        if (feedback.attempt(() -> drafted[0] = invitations.draftInvitation(actor, id), FORM)) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/secretariat/document.xhtml?id=" + drafted[0].getId());
        }
    }

    /** Drafts a news article from the record and opens it in the article editor. */
    public void draftNews() throws IOException {
        Article[] drafted = new Article[1];
        if (feedback.attempt(() -> drafted[0] = news.draftFromMeeting(actor, id), FORM)) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/secretariat/article.xhtml?id=" + drafted[0].getId());
        }
    }

    public boolean isReviewed(Task task) {
        return task.reviewAt(getMeeting()).isPresent();
    }

    public TaskStatus status(Task task) {
        return task.status(today);
    }

    /** The ids in their current order with {@code itemId} moved {@code by} places (−1 up, +1 down). */
    static <T> List<Long> moved(List<T> items, Function<T, Long> idOf, long itemId, int by) {
        List<Long> ids = new ArrayList<>(items.stream().map(idOf).toList());
        int from = ids.indexOf(itemId);
        int to = from + by;
        if (from >= 0 && to >= 0 && to < ids.size()) {
            Collections.swap(ids, from, to);
        }
        return ids;
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, DocumentService.VIETNAM);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(DocumentService.VIETNAM).toInstant();
    }

    public MeetingKind[] getKinds() {
        return MeetingKind.values();
    }

    public Attendance[] getAttendanceValues() {
        return Attendance.values();
    }

    public ReviewOutcome[] getOutcomes() {
        return ReviewOutcome.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }

    public Meeting getMeeting() {
        loadRecordAfterMove();
        return meeting;
    }

    public List<Task> getMeetingTasks() {
        loadRecordAfterMove();
        return meetingTasks;
    }

    public List<Task> getReviewTasks() {
        loadRecordAfterMove();
        return reviewTasks;
    }

    public List<Membership> getMembers() {
        loadRecordAfterMove();
        return members;
    }

    public List<Document> getDocumentChoices() {
        if (documentChoices == null) {
            documentChoices = documents.list(actor, new DocumentFilter(null, null, null, null), 0, 100);
        }
        return documentChoices;
    }

    /** The registered incoming documents an agenda item or a conclusion may name, latest arrivals first. */
    public List<IncomingDocument> getIncomingChoices() {
        if (incomingChoices == null) {
            incomingChoices = incoming.list(actor, new IncomingFilter(null, null, null, null, null, null, true), 0, 100);
        }
        return incomingChoices;
    }

    public Long getPaperItemId() { return paperItemId; }
    public void setPaperItemId(Long paperItemId) { this.paperItemId = paperItemId; }
    public String getPaperTitle() { return paperTitle; }
    public void setPaperTitle(String paperTitle) { this.paperTitle = paperTitle; }
    public UploadedFile getPaperFile() { return paperFile; }
    public void setPaperFile(UploadedFile paperFile) { this.paperFile = paperFile; }
    public Long getPaperDocumentId() { return paperDocumentId; }
    public void setPaperDocumentId(Long paperDocumentId) { this.paperDocumentId = paperDocumentId; }
    public Long getPaperIncomingId() { return paperIncomingId; }
    public void setPaperIncomingId(Long paperIncomingId) { this.paperIncomingId = paperIncomingId; }
    public MeetingKind getKind() { return kind; }
    public void setKind(MeetingKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public Long getChairId() { return chairId; }
    public void setChairId(Long chairId) { this.chairId = chairId; }
    public String getChairPosition() { return chairPosition; }
    public void setChairPosition(String chairPosition) { this.chairPosition = chairPosition; }
    public Long getSecretaryId() { return secretaryId; }
    public void setSecretaryId(Long secretaryId) { this.secretaryId = secretaryId; }
    public String getSecretaryPosition() { return secretaryPosition; }
    public void setSecretaryPosition(String secretaryPosition) { this.secretaryPosition = secretaryPosition; }
    public Map<Long, Attendance> getAttendance() { return attendance; }
    public Map<Long, String> getReasons() { return reasons; }
    public Long getInviteUserId() { return inviteUserId; }
    public void setInviteUserId(Long inviteUserId) { this.inviteUserId = inviteUserId; }
    public String getGuestName() { return guestName; }
    public void setGuestName(String guestName) { this.guestName = guestName; }
    public String getGuestTitle() { return guestTitle; }
    public void setGuestTitle(String guestTitle) { this.guestTitle = guestTitle; }
    public String getItemTitle() { return itemTitle; }
    public void setItemTitle(String itemTitle) { this.itemTitle = itemTitle; }
    public Long getItemDocumentId() { return itemDocumentId; }
    public void setItemDocumentId(Long itemDocumentId) { this.itemDocumentId = itemDocumentId; }
    public boolean isItemTaskReview() { return itemTaskReview; }
    public void setItemTaskReview(boolean itemTaskReview) { this.itemTaskReview = itemTaskReview; }
    public String getSpeaker() { return speaker; }
    public void setSpeaker(String speaker) { this.speaker = speaker; }
    public String getSpeakerTitle() { return speakerTitle; }
    public void setSpeakerTitle(String speakerTitle) { this.speakerTitle = speakerTitle; }
    public String getOpinionSummary() { return opinionSummary; }
    public void setOpinionSummary(String opinionSummary) { this.opinionSummary = opinionSummary; }
    public Map<Long, String> getOpinionTexts() { return opinionTexts; }
    public String getConclusionText() { return conclusionText; }
    public void setConclusionText(String conclusionText) { this.conclusionText = conclusionText; }
    public Map<Long, String> getConclusionTexts() { return conclusionTexts; }
    public Map<Long, Long> getConclusionIncoming() { return conclusionIncoming; }
    public Long getConclusionIncomingId() { return conclusionIncomingId; }
    public void setConclusionIncomingId(Long conclusionIncomingId) { this.conclusionIncomingId = conclusionIncomingId; }
    public Long getItemIncomingId() { return itemIncomingId; }
    public void setItemIncomingId(Long itemIncomingId) { this.itemIncomingId = itemIncomingId; }
    public Long getTaskConclusionId() { return taskConclusionId; }
    public String getTaskText() { return taskText; }
    public void setTaskText(String taskText) { this.taskText = taskText; }
    public String getTaskResponsible() { return taskResponsible; }
    public void setTaskResponsible(String taskResponsible) { this.taskResponsible = taskResponsible; }
    public List<Long> getTaskAssigneeIds() { return taskAssigneeIds; }
    public void setTaskAssigneeIds(List<Long> taskAssigneeIds) { this.taskAssigneeIds = taskAssigneeIds; }
    public LocalDate getTaskDueDate() { return taskDueDate; }
    public void setTaskDueDate(LocalDate taskDueDate) { this.taskDueDate = taskDueDate; }
    public Integer getTaskQuarterYear() { return taskQuarterYear; }
    public void setTaskQuarterYear(Integer taskQuarterYear) { this.taskQuarterYear = taskQuarterYear; }
    public Integer getTaskQuarter() { return taskQuarter; }
    public void setTaskQuarter(Integer taskQuarter) { this.taskQuarter = taskQuarter; }
    public BigDecimal getTargetMin() { return targetMin; }
    public void setTargetMin(BigDecimal targetMin) { this.targetMin = targetMin; }
    public BigDecimal getTargetMax() { return targetMax; }
    public void setTargetMax(BigDecimal targetMax) { this.targetMax = targetMax; }
    public String getTargetUnit() { return targetUnit; }
    public void setTargetUnit(String targetUnit) { this.targetUnit = targetUnit; }
    public Map<Long, ReviewOutcome> getReviewOutcomes() { return reviewOutcomes; }
    public Map<Long, String> getReviewNotes() { return reviewNotes; }
}
