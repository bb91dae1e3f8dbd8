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
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.incoming.IncomingDocument;

import java.io.Serializable;

/**
 * One item of the agenda: what is heard or discussed, optionally the draft or report under discussion and the
 * incoming document it concerns, or the review of the tasks still open from earlier meetings.
 */
@Entity
@Table(name = "meeting_agenda_item")
public class AgendaItem implements Serializable {

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

    @Column(name = "title", nullable = false, length = 1000)
    private String title;

    @ManyToOne
    @JoinColumn(name = "document_id")
    private Document document;

    /** The incoming document the item is about (the report on a resolution the committee received). */
    @ManyToOne
    @JoinColumn(name = "incoming_id")
    private IncomingDocument incoming;

    @Column(name = "task_review", nullable = false)
    private boolean taskReview;

    protected AgendaItem() {
    }

    AgendaItem(Meeting meeting, int sortOrder, String title, Document document, IncomingDocument incoming,
               boolean taskReview) {
        this.meeting = meeting;
        this.sortOrder = sortOrder;
        change(title, document, incoming, taskReview);
    }

    final void change(String title, Document document, IncomingDocument incoming, boolean taskReview) {
        this.title = title;
        this.document = document;
        this.incoming = incoming;
        this.taskReview = taskReview;
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

    public String getTitle() {
        return title;
    }

    public Document getDocument() {
        return document;
    }

    public IncomingDocument getIncoming() {
        return incoming;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public boolean isTaskReview() {
        return taskReview;
    }
}
