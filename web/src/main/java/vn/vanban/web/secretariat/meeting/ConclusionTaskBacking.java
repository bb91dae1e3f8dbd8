package vn.vanban.web.secretariat.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.task.TaskInput;
import vn.vanban.application.task.TaskService;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The task dialog of the meeting page: a task created from a conclusion, who carries it, by when (a date or a
 * quarter) and the figure it should reach.
 */
@Named
@ViewScoped
public class ConclusionTaskBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TASK_FORM = "taskForm";

    @Inject
    private MeetingBacking record;

    @Inject
    private MeetingConclusionsBacking conclusions;

    @Inject
    private TaskService tasks;

    @Inject
    private Actor actor;

    private Long conclusionId;
    private String text;
    private String responsible;
    private List<Long> assigneeIds = new ArrayList<>();
    private LocalDate dueDate;
    private Integer quarterYear;
    private Integer quarter;
    private BigDecimal targetMin;
    private BigDecimal targetMax;
    private String targetUnit;

    /** Opens the task form for a conclusion, its text as the task's starting point. */
    public void prepare(long conclusionId) {
        ConclusionDraft conclusion = conclusions.getRows().get(conclusionId);
        this.conclusionId = conclusionId;
        text = conclusion == null ? null : conclusion.getText();
        responsible = null;
        assigneeIds = new ArrayList<>();
        dueDate = null;
        quarterYear = tasks.today().getYear();
        quarter = null;
        targetMin = null;
        targetMax = null;
        targetUnit = null;
    }

    public void create() {
        record.step(TASK_FORM, () -> tasks.create(actor, record.getId(), conclusionId, new TaskInput(text, responsible,
                        Set.copyOf(assigneeIds), dueDate, quarterYear, quarter, targetMin, targetMax, targetUnit)),
                "secretariat_meeting.message.taskCreated");
    }

    public Long getConclusionId() { return conclusionId; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getResponsible() { return responsible; }
    public void setResponsible(String responsible) { this.responsible = responsible; }
    public List<Long> getAssigneeIds() { return assigneeIds; }
    public void setAssigneeIds(List<Long> assigneeIds) { this.assigneeIds = assigneeIds; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public Integer getQuarterYear() { return quarterYear; }
    public void setQuarterYear(Integer quarterYear) { this.quarterYear = quarterYear; }
    public Integer getQuarter() { return quarter; }
    public void setQuarter(Integer quarter) { this.quarter = quarter; }
    public BigDecimal getTargetMin() { return targetMin; }
    public void setTargetMin(BigDecimal targetMin) { this.targetMin = targetMin; }
    public BigDecimal getTargetMax() { return targetMax; }
    public void setTargetMax(BigDecimal targetMax) { this.targetMax = targetMax; }
    public String getTargetUnit() { return targetUnit; }
    public void setTargetUnit(String targetUnit) { this.targetUnit = targetUnit; }
}
