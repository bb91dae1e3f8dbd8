package vn.vanban.domain.model.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.vanban.domain.model.meeting.Meeting;

import java.io.Serializable;
import java.time.Instant;

/** What a later meeting decided about a task. */
@Entity
@Table(name = "task_review")
public class TaskReview implements Serializable {

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

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 16)
    private ReviewOutcome outcome;

    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    @Column(name = "reviewed_by", nullable = false, length = 64)
    private String reviewedBy;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    protected TaskReview() {
    }

    TaskReview(Task task, Meeting meeting, ReviewOutcome outcome, String note, String reviewedBy, Instant reviewedAt) {
        this.task = task;
        this.meeting = meeting;
        this.outcome = outcome;
        this.note = note;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
    }

    public Long getId() {
        return id;
    }

    public Task getTask() {
        return task;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public String getNote() {
        return note;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
