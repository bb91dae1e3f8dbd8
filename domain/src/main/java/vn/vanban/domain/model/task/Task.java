package vn.vanban.domain.model.task;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.meeting.Conclusion;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.shared.BaseEntity;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.Texts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A task a meeting's conclusion gives to members or units, with a due date (often the end of a quarter) and
 * optionally a quantified target. Guarantees: progress is reported only on an open task, each report kept with who
 * and when; the achieved figure is the latest reported; a later meeting of the same committee reviews it at most
 * once and may close it or carry it over; a closed task takes no more reports.
 */
@Entity
@Table(name = "task")
public class Task extends BaseEntity {

    /** The sizes of the text columns; the domain refuses or shortens text beyond them by the same numbers. */
    public static final int TEXT_LENGTH = 4000;
    public static final int RESPONSIBLE_LENGTH = 1000;
    public static final int TARGET_UNIT_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "task_seq", sequenceName = "task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "committee_id", nullable = false)
    private Committee committee;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne
    @JoinColumn(name = "conclusion_id")
    private Conclusion conclusion;

    @Column(name = "conclusion_no", nullable = false)
    private int conclusionNumber;

    @NotNull
    @Size(max = TEXT_LENGTH)
    @Column(name = "task_text", nullable = false, length = TEXT_LENGTH)
    private String text;

    @Size(max = RESPONSIBLE_LENGTH)
    @Column(name = "responsible", length = RESPONSIBLE_LENGTH)
    private String responsible;

    @ManyToMany
    @JoinTable(name = "task_assignee", joinColumns = @JoinColumn(name = "task_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> assignees = new HashSet<>();

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    /** year × 10 + quarter (20192 for quý II/2019) when the task is due "in a quarter" rather than on a day. */
    @Column(name = "due_quarter")
    private Integer dueQuarter;

    @Column(name = "target_min", precision = 14, scale = 2)
    private BigDecimal targetMin;

    @Column(name = "target_max", precision = 14, scale = 2)
    private BigDecimal targetMax;

    @Size(max = TARGET_UNIT_LENGTH)
    @Column(name = "target_unit", length = TARGET_UNIT_LENGTH)
    private String targetUnit;

    @Column(name = "achieved", precision = 14, scale = 2)
    private BigDecimal achieved;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private TaskStatus state;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL)
    @OrderBy("reportedAt ASC")
    private List<ProgressReport> progress = new ArrayList<>();

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL)
    @OrderBy("reviewedAt ASC")
    private List<TaskReview> reviews = new ArrayList<>();

    protected Task() {
    }

    public Task(Conclusion conclusion, TaskDetails details, String by) {
        this.conclusion = Objects.requireNonNull(conclusion, "conclusion");
        this.meeting = conclusion.getMeeting();
        this.committee = meeting.getCommittee();
        this.conclusionNumber = conclusion.getNumber();
        this.createdBy = by;
        this.state = TaskStatus.NOT_STARTED;
        change(details);
    }

    public final void change(TaskDetails details) {
        requireOpen();
        this.text = Texts.required(details.text(), TEXT_LENGTH, ErrorCode.TEXT_REQUIRED, "text");
        this.responsible = Texts.optional(details.responsible(), RESPONSIBLE_LENGTH, "responsible");
        this.assignees = new HashSet<>(details.assignees() == null ? Set.of() : details.assignees());
        if (details.quarter() != null) {
            this.dueQuarter = details.quarter().year() * 10 + details.quarter().number();
            this.dueDate = details.dueDate() == null ? details.quarter().lastDay() : details.dueDate();
        } else if (details.dueDate() != null) {
            this.dueQuarter = null;
            this.dueDate = details.dueDate();
        } else {
            throw new DomainException(ErrorCode.DUE_DATE_REQUIRED, "dueDate");
        }
        Target target = details.target();
        this.targetMin = target == null ? null : target.min();
        this.targetMax = target == null ? null : target.max();
        this.targetUnit = target == null ? null : Texts.optional(target.unit(), TARGET_UNIT_LENGTH, "target");
    }

    public ProgressReport reportProgress(String by, BigDecimal figure, String note, boolean completed, Instant now) {
        requireOpen();
        if (figure != null && figure.signum() < 0) {
            throw new DomainException(ErrorCode.FIGURE_INVALID, "figure");
        }
        ProgressReport report = new ProgressReport(this, by, now, figure,
                Texts.required(note, ProgressReport.NOTE_LENGTH, ErrorCode.TEXT_REQUIRED, "note"), completed);
        progress.add(report);
        if (figure != null) {
            achieved = figure;
        }
        state = completed ? TaskStatus.DONE : TaskStatus.IN_PROGRESS;
        return report;
    }

    /** The review of this task at a later meeting of its committee. */
    public TaskReview review(Meeting at, ReviewOutcome outcome, String note, String by, Instant now) {
        if (!at.getCommittee().equals(committee) || at.equals(meeting) || !at.getStartsAt().isAfter(meeting.getStartsAt())) {
            throw new DomainException(ErrorCode.REVIEW_MEETING_INVALID, "meeting");
        }
        if (reviews.stream().anyMatch(r -> r.getMeeting().equals(at))) {
            throw new DomainException(ErrorCode.ALREADY_REVIEWED);
        }
        if (outcome == null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "outcome");
        }
        requireOpen();
        TaskReview review = new TaskReview(this, at, outcome, Texts.optional(note, TaskReview.NOTE_LENGTH, "note"), by,
                now);
        reviews.add(review);
        switch (outcome) {
            case DONE -> state = TaskStatus.DONE;
            case CARRIED_OVER -> state = TaskStatus.CARRIED_OVER;
            case CONTINUE -> { }
        }
        return review;
    }

    /** The status on {@code today}: an unfinished task past its due date is overdue. */
    public TaskStatus status(LocalDate today) {
        if (state == TaskStatus.DONE || state == TaskStatus.CARRIED_OVER) {
            return state;
        }
        return today.isAfter(dueDate) ? TaskStatus.OVERDUE : state;
    }

    public boolean isOpen() {
        return state != TaskStatus.DONE && state != TaskStatus.CARRIED_OVER;
    }

    public boolean isAssignedTo(String username) {
        return assignees.stream().anyMatch(a -> a.getUsername().equals(username));
    }

    public Optional<TaskReview> reviewAt(Meeting at) {
        return reviews.stream().filter(r -> r.getMeeting().equals(at)).findFirst();
    }

    private void requireOpen() {
        if (state != null && !isOpen()) {
            throw new DomainException(ErrorCode.TASK_CLOSED);
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public Committee getCommittee() {
        return committee;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getConclusionNumber() {
        return conclusionNumber;
    }

    public String getText() {
        return text;
    }

    public String getResponsible() {
        return responsible;
    }

    public Set<UserAccount> getAssignees() {
        return Collections.unmodifiableSet(assignees);
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Optional<Quarter> getDueQuarter() {
        return dueQuarter == null ? Optional.empty() : Optional.of(new Quarter(dueQuarter / 10, dueQuarter % 10));
    }

    public Optional<Target> getTarget() {
        return targetMin == null ? Optional.empty() : Optional.of(new Target(targetMin, targetMax, targetUnit));
    }

    public BigDecimal getAchieved() {
        return achieved;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<ProgressReport> getProgress() {
        return Collections.unmodifiableList(progress);
    }

    public List<TaskReview> getReviews() {
        return Collections.unmodifiableList(reviews);
    }
}
