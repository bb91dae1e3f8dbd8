package vn.vanban.domain.model.incoming;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.vanban.domain.model.shared.BaseEntity;
import vn.vanban.domain.model.shared.Texts;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The text of one incoming document, for search and reading, and how far getting it has come. Guarantees: text is
 * present exactly when the status is DONE, and never longer than {@link #MAX_CHARACTERS}; a failure always has its
 * reason; a recognition is RUNNING only while claimed by one round, whose heartbeat moves on with each page, and a
 * round that stopped beating for {@link #STALE_AFTER} may be taken over, at most {@link #MAX_ATTEMPTS} times in all.
 */
@Entity
@Table(name = "incoming_text")
public class IncomingText extends BaseEntity {

    /** The sizes of the text columns; the domain refuses or shortens text beyond them by the same numbers. */
    public static final int FAILURE_DETAIL_LENGTH = 1000;

    private static final long serialVersionUID = 1L;

    /** Room for a long document (some 150 pages of dense text); more is cut off, search needs no more. */
    public static final int MAX_CHARACTERS = 500_000;
    /** Rounds that may take a recognition before it is given up. */
    public static final int MAX_ATTEMPTS = 3;
    /** A round silent this long belongs to an instance that stopped: well above the time one page may take. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);

    @Id
    @Column(name = "incoming_id")
    private Long incomingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private TextStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 16)
    private TextSource source;

    @Column(name = "pages_done", nullable = false)
    private int pagesDone;

    @Column(name = "pages_total", nullable = false)
    private int pagesTotal;

    @Column(name = "text_content", length = 1_000_000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure", length = 32)
    private TextFailure failure;

    @Column(name = "failure_detail", length = FAILURE_DETAIL_LENGTH)
    private String failureDetail;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "claimed_by", length = 200)
    private String claimedBy;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected IncomingText() {
    }

    private IncomingText(long incomingId, TextStatus status) {
        this.incomingId = incomingId;
        this.status = status;
    }

    /** The text of a PDF's text layer, had while the document was received. */
    public static IncomingText fromTextLayer(long incomingId, String text, int pages, Instant at) {
        IncomingText extracted = new IncomingText(incomingId, TextStatus.DONE);
        extracted.source = TextSource.PDF_TEXT;
        extracted.text = bounded(Objects.requireNonNull(text));
        extracted.pagesDone = pages;
        extracted.pagesTotal = pages;
        extracted.finishedAt = at;
        return extracted;
    }

    /** A scan whose text is to be recognised by a background round. */
    public static IncomingText toRecognise(long incomingId) {
        return new IncomingText(incomingId, TextStatus.PENDING);
    }

    /**
     * Taken by the round {@code by}: RUNNING with a fresh heartbeat. A recognition taken {@link #MAX_ATTEMPTS} times
     * already is given up instead (the rounds that took it died with it, as a page that kills its instance would);
     * returns whether the round may go on.
     */
    public boolean claim(String by, Instant at) {
        if (attempts >= MAX_ATTEMPTS) {
            fail(TextFailure.GAVE_UP, attempts + " rounds ended without finishing", at);
            return false;
        }
        attempts++;
        status = TextStatus.RUNNING;
        claimedBy = by;
        heartbeatAt = at;
        pagesDone = 0;
        return true;
    }

    /** Whether another round may take it: waiting, or running in a round that has not been heard of for long. */
    public boolean isClaimable(Instant now) {
        return status == TextStatus.PENDING
                || status == TextStatus.RUNNING && heartbeatAt != null && heartbeatAt.plus(STALE_AFTER).isBefore(now);
    }

    /** How far the round {@code by} has come; a round that lost its claim to another one is told so (false). */
    public boolean progress(String by, int done, int total, Instant at) {
        if (!isClaimedBy(by)) {
            return false;
        }
        pagesDone = Math.max(0, Math.min(done, total));
        pagesTotal = Math.max(0, total);
        heartbeatAt = at;
        return true;
    }

    /**
     * The text a round had, recognised or (for a document received before recognition existed) from a text layer;
     * ignored when another round took the claim over meanwhile.
     */
    public boolean recognised(String by, TextSource from, String recognisedText, Instant at) {
        if (!isClaimedBy(by)) {
            return false;
        }
        status = TextStatus.DONE;
        source = Objects.requireNonNull(from);
        text = bounded(Objects.requireNonNull(recognisedText));
        pagesDone = pagesTotal;
        finishedAt = at;
        claimedBy = null;
        return true;
    }

    /** The round {@code by} could not get the text; ignored when another round took the claim over meanwhile. */
    public boolean failed(String by, TextFailure reason, String detail, Instant at) {
        if (!isClaimedBy(by)) {
            return false;
        }
        fail(reason, detail, at);
        return true;
    }

    private void fail(TextFailure reason, String detail, Instant at) {
        status = TextStatus.FAILED;
        failure = Objects.requireNonNull(reason);
        failureDetail = detail == null ? null : Texts.shortened(detail, FAILURE_DETAIL_LENGTH);
        text = null;
        finishedAt = at;
        claimedBy = null;
    }

    private boolean isClaimedBy(String by) {
        return status == TextStatus.RUNNING && Objects.equals(claimedBy, by);
    }

    /** Cleaned as stored text is (NFC, no NUL) and cut to {@link #MAX_CHARACTERS}; an empty text is kept as empty. */
    private static String bounded(String text) {
        String cleaned = Texts.shortened(text, MAX_CHARACTERS);
        return cleaned == null ? "" : cleaned;
    }

    @Override
    public Long getId() {
        return incomingId;
    }

    public TextStatus getStatus() {
        return status;
    }

    public TextSource getSource() {
        return source;
    }

    public int getPagesDone() {
        return pagesDone;
    }

    public int getPagesTotal() {
        return pagesTotal;
    }

    public String getText() {
        return text;
    }

    public TextFailure getFailure() {
        return failure;
    }

    public String getFailureDetail() {
        return failureDetail;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
