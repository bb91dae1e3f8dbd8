package vn.vanban.infrastructure.transaction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Writes what many callers hand in with few transactions, and tells each caller when its own item is written. Items
 * wait in a queue; at most {@code maxWriters} writers, run by the executor, each take what is waiting (up to
 * {@code maxBatch}) and write it in one go, until nothing is left. Under load the cost of a transaction is shared by
 * a whole batch, and nothing is acknowledged before it is durable. A caller that does not wait for its item
 * ({@link #submit}) holds no thread meanwhile, so a batch can be as large as the number of callers, not of threads.
 * A failed write fails every item of its batch, and the next batch is tried afresh.
 */
public final class GroupCommit<T> {

    private final Consumer<List<T>> writer;
    private final int maxBatch;
    private final int maxWriters;
    private final Executor executor;
    private final Object lock = new Object();
    private List<Pending<T>> waiting = new ArrayList<>();
    private int writers;

    public GroupCommit(Consumer<List<T>> writer, int maxBatch, int maxWriters, Executor executor) {
        if (maxBatch < 1 || maxWriters < 1) {
            throw new IllegalArgumentException("maxBatch and maxWriters must be positive");
        }
        this.writer = writer;
        this.maxBatch = maxBatch;
        this.maxWriters = maxWriters;
        this.executor = executor;
    }

    /**
     * Completes once {@code item} is written, or exceptionally with what the write of its batch threw. Whatever
     * depends on it without an executor of its own runs on the writer's thread: it should only hand work on.
     */
    public CompletableFuture<Void> submit(T item) {
        Pending<T> pending = new Pending<>(item);
        boolean newWriter;
        synchronized (lock) {
            waiting.add(pending);
            newWriter = writers < maxWriters;
            if (newWriter) {
                writers++;
            }
        }
        if (newWriter) {
            startWriter();
        }
        return pending.written;
    }

    /** Returns once {@code item} is written; throws what the write of its batch threw. */
    public void write(T item) {
        try {
            submit(item).get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a write", e);
        }
    }

    private void startWriter() {
        try {
            executor.execute(this::writeWhatIsWaiting);
        } catch (RuntimeException rejected) {
            List<Pending<T>> stranded;
            synchronized (lock) {
                writers--;
                stranded = writers == 0 ? takeAll() : List.of();
            }
            stranded.forEach(pending -> pending.written.completeExceptionally(rejected));
        }
    }

    private void writeWhatIsWaiting() {
        while (true) {
            List<Pending<T>> batch;
            synchronized (lock) {
                if (waiting.isEmpty()) {
                    writers--;
                    return;
                }
                batch = takeBatch();
            }
            write(batch);
        }
    }

    /** Tells every caller of the batch how its write went; an error, too, fails the batch rather than the writer. */
    private void write(List<Pending<T>> batch) {
        Throwable failure = null;
        try {
            writer.accept(batch.stream().map(pending -> pending.item).toList());
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (Pending<T> pending : batch) {
            if (failure == null) {
                pending.written.complete(null);
            } else {
                pending.written.completeExceptionally(failure);
            }
        }
    }

    /** The oldest waiting items, at most a batch of them. */
    private List<Pending<T>> takeBatch() {
        if (waiting.size() <= maxBatch) {
            return takeAll();
        }
        List<Pending<T>> batch = new ArrayList<>(waiting.subList(0, maxBatch));
        waiting = new ArrayList<>(waiting.subList(maxBatch, waiting.size()));
        return batch;
    }

    private List<Pending<T>> takeAll() {
        List<Pending<T>> all = waiting;
        waiting = new ArrayList<>();
        return all;
    }

    private record Pending<T>(T item, CompletableFuture<Void> written) {

        Pending(T item) {
            this(item, new CompletableFuture<>());
        }
    }
}
