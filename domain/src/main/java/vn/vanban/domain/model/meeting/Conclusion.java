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
import vn.vanban.domain.model.incoming.IncomingDocument;

import java.io.Serializable;

/**
 * A numbered conclusion of the chair; its number is its place in the list, from 1. It may name the incoming document
 * it acts on.
 */
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

    /** The incoming document the conclusion acts on; the tasks it creates show on that document's page. */
    @ManyToOne
    @JoinColumn(name = "incoming_id")
    private IncomingDocument incoming;

    protected Conclusion() {
    }

    Conclusion(Meeting meeting, int sortOrder, String text, IncomingDocument incoming) {
        this.meeting = meeting;
        this.sortOrder = sortOrder;
        change(text, incoming);
    }

    final void change(String text, IncomingDocument incoming) {
        this.text = text;
        this.incoming = incoming;
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

    public IncomingDocument getIncoming() {
        return incoming;
    }

    public Meeting getMeeting() {
        return meeting;
    }
}
