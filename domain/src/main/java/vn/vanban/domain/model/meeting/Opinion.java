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

/** What one speaker said, in the order they spoke; the minutes print every opinion without comment. */
@Entity
@Table(name = "meeting_opinion")
public class Opinion implements Serializable {

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

    @Column(name = "speaker", nullable = false, length = 200)
    private String speaker;

    @Column(name = "speaker_title", length = 300)
    private String speakerTitle;

    @Column(name = "summary", nullable = false, length = 4000)
    private String summary;

    protected Opinion() {
    }

    Opinion(Meeting meeting, int sortOrder, String speaker, String speakerTitle, String summary) {
        this.meeting = meeting;
        this.sortOrder = sortOrder;
        change(speaker, speakerTitle, summary);
    }

    final void change(String speaker, String speakerTitle, String summary) {
        this.speaker = speaker;
        this.speakerTitle = speakerTitle;
        this.summary = summary;
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
