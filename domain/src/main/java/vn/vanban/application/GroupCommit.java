package vn.vanban.application;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes what many threads hand in with few transactions, and each thread returns only once its own item is written.
 * A thread that finds fewer than {@code maxWriters} writes in progress writes everything waiting (up to
 * {@code maxBatch}, its own item among them); the others wait. A writer that is done hands what gathered meanwhile to
 * the longest waiting thread, which writes it, and wakes only the threads whose items it wrote. Under load the cost of
 * a transaction is shared by a whole batch, and nothing is acknowledged before it is durable. A failed write fails
 * every item of its batch, and the next batch is tried afresh.
 */
public final class GroupCommit<T> {

    private final Consumer<List<T>> writer;
    private final int maxBatch;
    private final int maxWriters;
    private final Object lock = new Object();
    private List<Pending<T>> waiting = new ArrayList<>();
    private int writers;

    public GroupCommit(Consumer<List<T>> writer, int maxBatch, int maxWriters) {
        if (maxBatch < 1 || maxWriters < 1) {
            throw new IllegalArgumentException("maxBatch and maxWriters must be positive");
        }
        this.writer = writer;
        this.maxBatch = maxBatch;
        this.maxWriters = maxWriters;
    }

    /** Returns once {@code item} is written; throws what the write of its batch threw. */
    public void write(T item) {
        Pending<T> pending = new Pending<>(item);
        List<Pending<T>> batch = null;
        synchronized (lock) {
            waiting.add(pending);
            if (writers < maxWriters) {
                writers++;
                batch = takeBatch();
            }
        }
        while (true) {
            if (batch == null) {
                batch = pending.awaitTurn();
            }
            if (batch == null) {
                pending.rethrow();
                return;
            }
            writeBatch(batch);
            batch = null;
        }
    }

    private void writeBatch(List<Pending<T>> batch) {
        RuntimeException failure = null;
        try {
            writer.accept(batch.stream().map(p -> p.item).toList());
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            Pending<T> next = null;
            List<Pending<T>> nextBatch = null;
            synchronized (lock) {
                if (waiting.isEmpty()) {
                    writers--;
                } else {
                    next = waiting.get(0);
                    nextBatch = takeBatch();
                }
            }
            for (Pending<T> written : batch) {
                written.finish(failure);
            }
            if (next != null) {
                next.handOver(nextBatch);
            }
        }
    }

    /** The oldest waiting items, at most a batch of them. */
    private List<Pending<T>> takeBatch() {
        List<Pending<T>> batch;
        if (waiting.size() <= maxBatch) {
            batch = waiting;
            waiting = new ArrayList<>();
        } else {
            batch = new ArrayList<>(waiting.subList(0, maxBatch));
            waiting = new ArrayList<>(waiting.subList(maxBatch, waiting.size()));
        }
        return batch;
    }

    /** An item waiting to be written, and its thread: woken when it is written or when it is its turn to write. */
    private static final class Pending<T> {

        final T item;
        private boolean finished;
        private RuntimeException failure;
        private List<Pending<T>> handedOver;

        Pending(T item) {
            this.item = item;
        }

        /** A batch this thread is to write, or null once its item is written. */
        synchronized List<Pending<T>> awaitTurn() {
            while (!finished && handedOver == null) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for a write", e);
                }
            }
            List<Pending<T>> batch = handedOver;
            handedOver = null;
            return batch;
        }

        synchronized void handOver(List<Pending<T>> batch) {
            handedOver = batch;
            notifyAll();
        }

        synchronized void finish(RuntimeException failure) {
            this.finished = true;
            this.failure = failure;
            notifyAll();
        }

        synchronized void rethrow() {
            if (failure != null) {
                throw failure;
            }
        }
    }
}
