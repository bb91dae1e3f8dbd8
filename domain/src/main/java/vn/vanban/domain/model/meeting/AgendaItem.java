package vn.vanban.domain.model.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.incoming.IncomingDocument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One item of the agenda: what is heard or discussed, optionally the draft or report under discussion and the
 * incoming document it concerns, or the review of the tasks still open from earlier meetings.
 */
@Entity
@Table(name = "meeting_agenda_item")
public class AgendaItem extends MeetingPart {

    /** The sizes of the text columns; the domain refuses or shortens text beyond them by the same numbers. */
    public static final int TITLE_LENGTH = 1000;

    private static final long serialVersionUID = 1L;

    @NotNull
    @Size(max = TITLE_LENGTH)
    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
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

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder ASC")
    private List<MeetingPaper> papers = new ArrayList<>();

    protected AgendaItem() {
    }

    AgendaItem(Meeting meeting, int sortOrder, String title, Document document, IncomingDocument incoming,
               boolean taskReview) {
        super(meeting, sortOrder);
        change(title, document, incoming, taskReview);
    }

    final void change(String title, Document document, IncomingDocument incoming, boolean taskReview) {
        this.title = title;
        this.document = document;
        this.incoming = incoming;
        this.taskReview = taskReview;
    }

    MeetingPaper addFile(String paperTitle, PaperUpload upload, String by, Instant now) {
        return add(MeetingPaper.file(this, papers.size(), paperTitle, upload, by, now));
    }

    MeetingPaper addDocument(String paperTitle, Document paper, String by, Instant now) {
        return add(MeetingPaper.document(this, papers.size(), paperTitle, paper, by, now));
    }

    MeetingPaper addIncoming(String paperTitle, IncomingDocument paper, String by, Instant now) {
        return add(MeetingPaper.incoming(this, papers.size(), paperTitle, paper, by, now));
    }

    private MeetingPaper add(MeetingPaper paper) {
        papers.add(paper);
        return paper;
    }

    void removePaper(MeetingPaper paper) {
        papers.remove(paper);
        for (int i = 0; i < papers.size(); i++) {
            papers.get(i).moveTo(i);
        }
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

    public boolean isTaskReview() {
        return taskReview;
    }

    public List<MeetingPaper> getPapers() {
        return Collections.unmodifiableList(papers);
    }
}
