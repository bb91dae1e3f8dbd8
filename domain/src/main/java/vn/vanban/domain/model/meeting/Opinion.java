package vn.vanban.domain.model.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What one speaker said, in the order they spoke; the minutes print every opinion without comment. */
@Entity
@Table(name = "meeting_opinion")
public class Opinion extends MeetingPart {

    /** The sizes of the text columns; the domain refuses or shortens text beyond them by the same numbers. */
    public static final int SPEAKER_LENGTH = 200;
    public static final int SPEAKER_TITLE_LENGTH = 300;
    public static final int SUMMARY_LENGTH = 4000;

    private static final long serialVersionUID = 1L;

    @NotNull
    @Size(max = SPEAKER_LENGTH)
    @Column(name = "speaker", nullable = false, length = SPEAKER_LENGTH)
    private String speaker;

    @Size(max = SPEAKER_TITLE_LENGTH)
    @Column(name = "speaker_title", length = SPEAKER_TITLE_LENGTH)
    private String speakerTitle;

    @NotNull
    @Size(max = SUMMARY_LENGTH)
    @Column(name = "summary", nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    protected Opinion() {
    }

    Opinion(Meeting meeting, int sortOrder, String speaker, String speakerTitle, String summary) {
        super(meeting, sortOrder);
        change(speaker, speakerTitle, summary);
    }

    final void change(String speaker, String speakerTitle, String summary) {
        this.speaker = speaker;
        this.speakerTitle = speakerTitle;
        this.summary = summary;
    }

    public String getSpeaker() {
        return speaker;
    }

    public String getSpeakerTitle() {
        return speakerTitle;
    }

    public String getSummary() {
        return summary;
    }
}
