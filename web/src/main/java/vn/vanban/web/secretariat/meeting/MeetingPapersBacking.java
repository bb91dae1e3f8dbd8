package vn.vanban.web.secretariat.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import vn.vanban.application.Actor;
import vn.vanban.application.meeting.MeetingPapers;

import java.io.Serializable;

/**
 * The papers of the meeting page, under its agenda: files uploaded for an agenda item, or a document or incoming
 * document of the portal named as one, added in the paper dialog.
 */
@Named
@ViewScoped
public class MeetingPapersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAPER_FORM = "paperForm";

    @Inject
    private MeetingBacking record;

    @Inject
    private MeetingPapers papers;

    @Inject
    private Actor actor;

    private Long itemId;
    private String title;
    private transient UploadedFile file;
    private Long documentId;
    private Long incomingId;

    /** Uploads the chosen file as a paper of the chosen agenda item. */
    public void upload() {
        byte[] content = file == null ? null : file.getContent();
        String fileName = file == null ? null : file.getFileName();
        long item = itemId == null ? -1 : itemId;
        add(() -> papers.addFile(actor, record.getId(), item, title, content, fileName));
    }

    /** Names the chosen document or incoming document as a paper of the chosen agenda item. */
    public void attach() {
        long item = itemId == null ? -1 : itemId;
        add(() -> papers.addReference(actor, record.getId(), item, title, documentId, incomingId));
    }

    public void remove(long paperId) {
        record.step(() -> papers.remove(actor, record.getId(), paperId), "secretariat_meeting.message.paperRemoved");
    }

    private void add(Runnable adding) {
        if (record.step(PAPER_FORM, adding, "secretariat_meeting.message.paperAdded")) {
            title = null;
            file = null;
            documentId = null;
            incomingId = null;
        }
    }

    public Long getItemId() { return itemId; }
    public void setItemId(Long itemId) { this.itemId = itemId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public Long getDocumentId() { return documentId; }
    public void setDocumentId(Long documentId) { this.documentId = documentId; }
    public Long getIncomingId() { return incomingId; }
    public void setIncomingId(Long incomingId) { this.incomingId = incomingId; }
}
