package vn.vanban.domain.model.incoming;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One line of the sổ theo dõi giải quyết: who reported what on the handling of an incoming document, and when. */
@Embeddable
public class HandlingNote implements Serializable {

    /** The sizes of the text columns; the domain refuses or shortens text beyond them by the same numbers. */
    public static final int NOTE_LENGTH = 2000;

    private static final long serialVersionUID = 1L;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "note", nullable = false, length = NOTE_LENGTH)
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected HandlingNote() {
    }

    HandlingNote(Assignee by, String note, Instant recordedAt) {
        this.username = by.getUsername();
        this.displayName = by.getDisplayName();
        this.note = Objects.requireNonNull(note);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
