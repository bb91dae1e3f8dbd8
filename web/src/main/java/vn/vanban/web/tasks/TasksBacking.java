package vn.vanban.web.tasks;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.organisation.OrganisationService;
import vn.vanban.application.task.TaskService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.task.Quarter;
import vn.vanban.domain.model.task.Task;
import vn.vanban.domain.model.task.TaskFilter;
import vn.vanban.domain.model.task.TaskStatus;
import vn.vanban.web.faces.Feedback;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Tasks ({@code member/tasks.xhtml} for one's own, {@code secretariat/tasks.xhtml} for all): filters, progress
 * reports with figures, and the quarterly report for the secretariat.
 */
@Named
@ViewScoped
public class TasksBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 200;

    @Inject
    private TaskService tasks;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    private boolean mine = true;
    private Long committeeId;
    private TaskStatus status;
    private Integer quarterYear;
    private Integer quarter;

    /*
     * Tasks and committees have lazy collections, which they could not load once read back on another instance of
     * the group: they do not move with the view and are reloaded, with the filters above, on first use after a move.
     */
    private transient List<Task> list;
    private transient List<Committee> committees;
    private LocalDate today;

    private Long reportTaskId;
    private BigDecimal figure;
    private String note;
    private boolean completed;

    @PostConstruct
    void init() {
        today = tasks.today();
        quarterYear = today.getYear();
        committees = organisation.committees();
        reload();
    }

    /** The secretariat's view: every task, filtered. */
    public void showAll() {
        mine = false;
        reload();
    }

    public void filter() {
        feedback.attempt(this::reload, "filterForm");
    }

    private void reload() {
        Quarter chosen = quarter == null ? null : new Quarter(quarterYear == null ? today.getYear() : quarterYear, quarter);
        list = tasks.list(actor, new TaskFilter(committeeId, null, mine ? actor.username() : null, status, chosen, null), 0, PAGE);
    }

    public void prepareReport(long taskId) {
        reportTaskId = taskId;
        figure = tasks.get(actor, taskId).getAchieved();
        note = null;
        completed = false;
    }

    public void report() {
        if (feedback.attempt(() -> tasks.reportProgress(actor, reportTaskId, figure, note, completed), "progressForm")) {
            reload();
            feedback.info("tasks.message.reported");
        }
    }

    public TaskStatus status(Task task) {
        return task.status(today);
    }

    public boolean canReport(Task task) {
        return task.isOpen() && (task.isAssignedTo(actor.username()) || actor.has(Role.SECRETARIAT));
    }

    /** The quarterly report's address in the API, for the chosen committee and quarter. */
    public String getReportPath() {
        int q = quarter == null ? Quarter.of(today).number() : quarter;
        int y = quarterYear == null ? today.getYear() : quarterYear;
        return "/api/tasks/report.pdf?committeeId=" + (committeeId == null ? firstCommittee() : committeeId)
                + "&quarter=" + y + "-Q" + q;
    }

    private long firstCommittee() {
        return getCommittees().isEmpty() ? 0 : getCommittees().get(0).getId();
    }

    public TaskStatus[] getStatuses() {
        return TaskStatus.values();
    }

    public boolean isMine() { return mine; }

    public List<Task> getList() {
        if (list == null) {
            reload();
        }
        return list;
    }

    public List<Committee> getCommittees() {
        if (committees == null) {
            committees = organisation.committees();
        }
        return committees;
    }

    public Long getCommitteeId() { return committeeId; }
    public void setCommitteeId(Long committeeId) { this.committeeId = committeeId; }
    public TaskStatus getStatus() { return status; }
    public void setStatus(TaskStatus status) { this.status = status; }
    public Integer getQuarterYear() { return quarterYear; }
    public void setQuarterYear(Integer quarterYear) { this.quarterYear = quarterYear; }
    public Integer getQuarter() { return quarter; }
    public void setQuarter(Integer quarter) { this.quarter = quarter; }
    public BigDecimal getFigure() { return figure; }
    public void setFigure(BigDecimal figure) { this.figure = figure; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public boolean isCompleted() { return completed; }
    public void setCompleted(boolean completed) { this.completed = completed; }
}
