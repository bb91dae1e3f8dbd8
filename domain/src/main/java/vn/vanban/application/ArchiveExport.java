package vn.vanban.application;

import vn.vanban.domain.model.shared.ErrorCode;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One export of the register's issued PDFs as a ZIP, made in the background: who asked for it, how far it has got
 * (files packed out of files to pack), and how it ended. Read by the screen that shows its progress while the
 * exporting thread writes it.
 */
public final class ArchiveExport {

    public enum State { RUNNING, DONE, FAILED }

    /** What the export is busy with: the documents' PDFs, then the register book that lists them. */
    public enum Step { DOCUMENTS, REGISTER_BOOK, FINISHED }

    private final String id;
    private final String owner;
    private final Path file;
    private final int total;
    private final Instant started;
    private final AtomicInteger packed = new AtomicInteger();
    private volatile Step step = Step.DOCUMENTS;
    private volatile State state = State.RUNNING;
    private volatile ErrorCode failure;
    private volatile Instant ended;

    ArchiveExport(String id, String owner, Path file, int total, Instant started) {
        this.id = id;
        this.owner = owner;
        this.file = file;
        this.total = total;
        this.started = started;
    }

    void packedOne() {
        packed.incrementAndGet();
    }

    void printingTheBook() {
        step = Step.REGISTER_BOOK;
    }

    void succeeded(Instant at) {
        step = Step.FINISHED;
        ended = at;
        state = State.DONE;
    }

    void failed(ErrorCode code, Instant at) {
        failure = code;
        ended = at;
        state = State.FAILED;
    }

    boolean ownedBy(Actor actor) {
        return owner.equals(actor.username());
    }

    boolean endedBefore(Instant instant) {
        return ended != null && ended.isBefore(instant);
    }

    Path file() {
        return file;
    }

    public String getId() {
        return id;
    }

    /** Files in the archive when it is done: the documents' PDFs and the register book. */
    public int getTotal() {
        return total;
    }

    public int getPacked() {
        return packed.get();
    }

    /** 0 to 100; 100 only once the archive is complete. */
    public int getPercent() {
        if (state == State.DONE) {
            return 100;
        }
        return total == 0 ? 0 : Math.min(99, packed.get() * 100 / total);
    }

    public Step getStep() {
        return step;
    }

    public State getState() {
        return state;
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public boolean isDone() {
        return state == State.DONE;
    }

    /** Why the export failed; null unless it did. */
    public ErrorCode getFailure() {
        return failure;
    }

    public Instant getStarted() {
        return started;
    }
}
