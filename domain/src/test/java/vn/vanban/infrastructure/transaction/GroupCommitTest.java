package vn.vanban.infrastructure.transaction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitTest {

    private static final ExecutorService WRITERS = Executors.newCachedThreadPool();

    @AfterAll
    static void stopWriters() {
        WRITERS.shutdownNow();
    }

    @Test
    void everyItemIsWrittenOnceAndConcurrentItemsShareBatches() throws Exception {
        List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger writing = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        GroupCommit<Integer> commits = new GroupCommit<>(batch -> {
            mostAtOnce.accumulateAndGet(writing.incrementAndGet(), Math::max);
            pause(2);
            batches.add(batch);
            writing.decrementAndGet();
        }, 50, 2, WRITERS);
        ExecutorService threads = Executors.newFixedThreadPool(32);
        try {
            List<Future<?>> writes = IntStream.range(0, 1000)
                    .mapToObj(i -> threads.submit(() -> commits.write(i))).<Future<?>>map(f -> f).toList();
            for (Future<?> write : writes) {
                write.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(batches.stream().flatMap(List::stream).sorted().toList())
                .isEqualTo(IntStream.range(0, 1000).boxed().toList());
        assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeBetween(1, 50));
        assertThat(batches.size()).as("transactions for 1000 items").isLessThan(500);
        assertThat(mostAtOnce).as("writes at once").hasValueBetween(1, 2);
    }

    @Test
    void aCallerReturnsOnlyOnceItsItemIsWritten() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<String> commits = new GroupCommit<>(batch -> {
            await(release);
            written.addAll(batch);
        }, 10, 1, WRITERS);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> commits.write("a"));
            Future<?> second = threads.submit(() -> commits.write("b"));
            pause(100);
            assertThat(first).isNotDone();
            assertThat(second).isNotDone();

            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertThat(written).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aFailedWriteFailsItsBatchAndTheNextBatchIsTriedAfresh() {
        AtomicInteger attempts = new AtomicInteger();
        GroupCommit<String> commits = new GroupCommit<>(batch -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("database unreachable");
            }
        }, 10, 1, WRITERS);

        assertThatThrownBy(() -> commits.write("lost")).hasMessage("database unreachable");
        commits.write("kept");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aBatchNeverExceedsItsLimitEvenWhenMoreAreWaiting() throws Exception {
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstWriteStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Integer> commits = new GroupCommit<>(batch -> {
            firstWriteStarted.countDown();
            await(release);
            sizes.add(batch.size());
        }, 3, 1, WRITERS);
        ExecutorService threads = Executors.newFixedThreadPool(10);
        try {
            Future<?> blocker = threads.submit(() -> commits.write(-1));
            firstWriteStarted.await(10, TimeUnit.SECONDS);
            List<Future<?>> writes = IntStream.range(0, 9).mapToObj(i -> threads.submit(() -> commits.write(i))).<Future<?>>map(f -> f).toList();
            pause(100);
            release.countDown();
            blocker.get(10, TimeUnit.SECONDS);
            for (Future<?> write : writes) {
                write.get(10, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(sizes).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(3));
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
    }

    @Test
    void callersThatDoNotWaitHoldNoThreadSoOneBatchTakesAllOfThem() throws Exception {
        List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstWriteStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Integer> commits = new GroupCommit<>(batch -> {
            firstWriteStarted.countDown();
            await(release);
            batches.add(batch);
        }, 200, 1, WRITERS);

        CompletableFuture<Void> first = commits.submit(0);
        firstWriteStarted.await(10, TimeUnit.SECONDS);
        List<CompletableFuture<Void>> rest = IntStream.rangeClosed(1, 150).mapToObj(commits::submit).toList();
        assertThat(rest).noneMatch(CompletableFuture::isDone);
        release.countDown();
        CompletableFuture.allOf(rest.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

        assertThat(first).isCompleted();
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).as("150 items handed in from one thread").hasSize(150);
    }

    @Test
    void anExecutorThatRefusesTheWriterFailsTheItemInsteadOfLosingIt() {
        GroupCommit<String> commits = new GroupCommit<>(batch -> { }, 10, 1, task -> {
            throw new RejectedExecutionException("server stopping");
        });

        assertThat(commits.submit("a")).isCompletedExceptionally();
        assertThatThrownBy(() -> commits.write("b")).isInstanceOf(RejectedExecutionException.class);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
