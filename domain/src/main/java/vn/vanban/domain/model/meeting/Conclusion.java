package vn.vanban.domain.model.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vanban.domain.model.incoming.IncomingDocument;

/**
 * A numbered conclusion of the chair; its number is its place in the list, from 1. It may name the incoming document
 * it acts on.
 */
@Entity
@Table(name = "meeting_conclusion")
public class Conclusion extends MeetingPart {

    /** The sizes of the text columns; the domain refuses or shortens text beyond them by the same numbers. */
    public static final int TEXT_LENGTH = 4000;

    private static final long serialVersionUID = 1L;

    @NotNull
    @Size(max = TEXT_LENGTH)
    @Column(name = "item_text", nullable = false, length = TEXT_LENGTH)
    private String text;

    /** The incoming document the conclusion acts on; the tasks it creates show on that document's page. */
    @ManyToOne
    @JoinColumn(name = "incoming_id")
    private IncomingDocument incoming;

    protected Conclusion() {
    }

    Conclusion(Meeting meeting, int sortOrder, String text, IncomingDocument incoming) {
        super(meeting, sortOrder);
        change(text, incoming);
    }

    final void change(String text, IncomingDocument incoming) {
        this.text = text;
        this.incoming = incoming;
    }

    /** The number printed before the conclusion: 1, 2, 3... */
    public int getNumber() {
        return getSortOrder() + 1;
    }

    public String getText() {
        return text;
    }

    public IncomingDocument getIncoming() {
        return incoming;
    }
}
