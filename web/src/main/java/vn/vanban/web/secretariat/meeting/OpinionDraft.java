package vn.vanban.web.secretariat.meeting;

import vn.vanban.domain.model.meeting.Opinion;

import java.io.Serializable;

/** An opinion's fields as the secretariat types them. */
public class OpinionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String speaker;
    private String speakerTitle;
    private String summary;

    static OpinionDraft of(Opinion opinion) {
        OpinionDraft draft = new OpinionDraft();
        draft.speaker = opinion.getSpeaker();
        draft.speakerTitle = opinion.getSpeakerTitle();
        draft.summary = opinion.getSummary();
        return draft;
    }

    public String getSpeaker() {
        return speaker;
    }

    public void setSpeaker(String speaker) {
        this.speaker = speaker;
    }

    public String getSpeakerTitle() {
        return speakerTitle;
    }

    public void setSpeakerTitle(String speakerTitle) {
        this.speakerTitle = speakerTitle;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
