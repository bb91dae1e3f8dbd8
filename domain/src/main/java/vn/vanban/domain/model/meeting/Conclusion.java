package vn.vanban.domain.model.meeting;

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

/** A numbered conclusion of the chair; its number is its place in the list, from 1. */
@Entity
@Table(name = "meeting_conclusion")
public class Conclusion implements Serializable {

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

    @Column(name = "item_text", nullable = false, length = 4000)
    private String text;

    protected Conclusion() {
    }

    Conclusion(Meeting meeting, int sortOrder, String text) {
        this.meeting = meeting;
        this.sortOrder = sortOrder;
        this.text = text;
    }

    void change(String text) {
        this.text = text;
    }

    void moveTo(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    /** The number printed before the conclusion: 1, 2, 3... */
    public int getNumber() {
        return sortOrder + 1;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getText() {
        return text;
    }

    public Meeting getMeeting() {
        return meeting;
    }
}
