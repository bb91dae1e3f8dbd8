package vn.vanban.web.secretariat.meeting;

import vn.vanban.domain.model.meeting.AgendaItem;

import java.io.Serializable;

/** An agenda item's fields as the secretariat types them. */
public class AgendaItemDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private Long documentId;
    private Long incomingId;
    private boolean taskReview;

    static AgendaItemDraft of(AgendaItem item) {
        AgendaItemDraft draft = new AgendaItemDraft();
        draft.title = item.getTitle();
        draft.documentId = item.getDocument() == null ? null : item.getDocument().getId();
        draft.incomingId = item.getIncoming() == null ? null : item.getIncoming().getId();
        draft.taskReview = item.isTaskReview();
        return draft;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public void setDocumentId(Long documentId) {
        this.documentId = documentId;
    }

    public Long getIncomingId() {
        return incomingId;
    }

    public void setIncomingId(Long incomingId) {
        this.incomingId = incomingId;
    }

    public boolean isTaskReview() {
        return taskReview;
    }

    public void setTaskReview(boolean taskReview) {
        this.taskReview = taskReview;
    }
}
