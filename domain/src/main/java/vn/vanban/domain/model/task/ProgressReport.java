package vn.vanban.domain.model.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A member's report on a task: the figure achieved so far (if the task has a target), a note, whether it is done. */
@Entity
@Table(name = "task_progress")
public class ProgressReport implements Serializable {

    /** The sizes of the text columns; the domain refuses or shortens text beyond them by the same numbers. */
    public static final int NOTE_LENGTH = 4000;

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "task_entry_seq", sequenceName = "task_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_entry_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    private Task task;

    @Column(name = "reported_by", nullable = false, length = 64)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "figure", precision = 14, scale = 2)
    private BigDecimal figure;

    @Column(name = "note", nullable = false, length = NOTE_LENGTH)
    private String note;

    @Column(name = "completed", nullable = false)
    private boolean completed;

    protected ProgressReport() {
    }

    ProgressReport(Task task, String reportedBy, Instant reportedAt, BigDecimal figure, String note, boolean completed) {
        this.task = task;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.figure = figure;
        this.note = note;
        this.completed = completed;
    }

    public Long getId() {
        return id;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public BigDecimal getFigure() {
        return figure;
    }

    public String getNote() {
        return note;
    }

    public boolean isCompleted() {
        return completed;
    }
}
