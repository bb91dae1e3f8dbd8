package vn.vanban.web.secretariat.meeting;

import vn.vanban.domain.model.meeting.Conclusion;

import java.io.Serializable;

/** A conclusion's fields as the secretariat types them. */
public class ConclusionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private Long incomingId;

    static ConclusionDraft of(Conclusion conclusion) {
        ConclusionDraft draft = new ConclusionDraft();
        draft.text = conclusion.getText();
        draft.incomingId = conclusion.getIncoming() == null ? null : conclusion.getIncoming().getId();
        return draft;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getIncomingId() {
        return incomingId;
    }

    public void setIncomingId(Long incomingId) {
        this.incomingId = incomingId;
    }
}
