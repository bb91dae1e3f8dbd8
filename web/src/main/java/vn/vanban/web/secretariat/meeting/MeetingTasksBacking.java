package vn.vanban.web.secretariat.meeting;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.task.TaskService;
import vn.vanban.domain.model.task.ReviewOutcome;
import vn.vanban.domain.model.task.Task;
import vn.vanban.domain.model.task.TaskStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tasks tab of the meeting page: the tasks its conclusions created, and the review of tasks still open from
 * earlier meetings, each reviewed once.
 */
@Named
@ViewScoped
public class MeetingTasksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingBacking record;

    @Inject
    private TaskService tasks;

    @Inject
    private Actor actor;

    /* Entities with lazy collections: they do not move with the view, and are loaded again on first use after. */
    private transient List<Task> meetingTasks;
    private transient List<Task> reviewTasks;
    private LocalDate today;

    private final Map<Long, ReviewOutcome> reviewOutcomes = new HashMap<>();
    private final Map<Long, String> reviewNotes = new HashMap<>();

    @PostConstruct
    void fill() {
        reviewOutcomes.clear();
        reviewNotes.clear();
        if (record.getId() == null) {
            return;
        }
        loadTasks();
        for (Task task : reviewTasks) {
            task.reviewAt(record.getMeeting()).ifPresent(r -> {
                reviewOutcomes.put(task.getId(), r.getOutcome());
                reviewNotes.put(task.getId(), r.getNote());
            });
        }
    }

    void refill(@Observes(notifyObserver = Reception.IF_EXISTS) MeetingReloaded reloaded) {
        fill();
    }

    private void loadTasks() {
        meetingTasks = tasks.ofMeeting(actor, record.getId());
        reviewTasks = tasks.forReview(actor, record.getId());
        today = tasks.today();
    }

    private void loadTasksAfterMove() {
        if (meetingTasks == null && record.getId() != null) {
            loadTasks();
        }
    }

    /** Records how the meeting judged the open task: the outcome and a note. */
    public void review(long taskId) {
        record.step(() -> tasks.review(actor, taskId, record.getId(), reviewOutcomes.get(taskId),
                reviewNotes.get(taskId)), "secretariat_meeting.message.reviewed");
    }

    public boolean isReviewed(Task task) {
        return task.reviewAt(record.getMeeting()).isPresent();
    }

    public TaskStatus status(Task task) {
        loadTasksAfterMove();
        return task.status(today);
    }

    public List<Task> getMeetingTasks() {
        loadTasksAfterMove();
        return meetingTasks;
    }

    public List<Task> getReviewTasks() {
        loadTasksAfterMove();
        return reviewTasks;
    }

    public ReviewOutcome[] getOutcomes() { return ReviewOutcome.values(); }
    public Map<Long, ReviewOutcome> getReviewOutcomes() { return reviewOutcomes; }
    public Map<Long, String> getReviewNotes() { return reviewNotes; }
}
