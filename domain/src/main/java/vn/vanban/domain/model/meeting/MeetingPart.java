package vn.vanban.domain.model.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

import java.io.Serializable;

/**
 * A part of a meeting's record kept in order: an invitee, an agenda item, an opinion, a conclusion. Each has its
 * place in its list, from 0, which only the meeting changes, so that the places always run 0, 1, 2... without gaps.
 */
@MappedSuperclass
public abstract class MeetingPart implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "meeting_item_seq", sequenceName = "meeting_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_item_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected MeetingPart() {
    }

    MeetingPart(Meeting meeting, int sortOrder) {
        this.meeting = meeting;
        this.sortOrder = sortOrder;
    }

    void moveTo(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Meeting getMeeting() {
        return meeting;
    }
}
