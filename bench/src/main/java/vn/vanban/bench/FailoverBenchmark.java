package vn.vanban.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Kills one instance of the cluster (kill -9 of its JVM) in the middle of a mixed load through nginx, and prints what
 * the users saw: failed reads (nginx should retry them on the survivor), failed writes (only those in flight may fail),
 * how long until every request succeeded again, and how many logged-in sessions were lost.
 * Arguments: the portal's URL through nginx, the pid file of the instance to kill, seconds before the kill, seconds
 * after it, number of readers.
 */
public final class FailoverBenchmark {

    private static final String[] READERS = {"vanthu", "lan.nt", "hung.tv", "mai.vt", "admin"};
    /** Pages and answers every demo user may read: a failure here is the cluster's, not a refusal. */
    private static final String[] READ_PATHS = {"", "api/inbox", "home.xhtml", "search.xhtml?q=ngh%E1%BB%8B+quy%E1%BA%BFt"};

    private record Outcome(long atNanos, boolean write, boolean ok, String what, String answer) {
    }

    private FailoverBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Path pidFile = Path.of(args[1]);
        long before = Long.parseLong(args[2]);
        long after = Long.parseLong(args[3]);
        int readers = Integer.parseInt(args[4]);

        List<Portal> sessions = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            sessions.add(Portal.loggedIn(base, READERS[i % READERS.length]));
        }
        Portal admin = Portal.loggedIn(base, "admin");
        Portal secretariat = Portal.loggedIn(base, "vanthu");
        long issuerId = admin.post("api/admin/issuers", """
                {"name":"BAN CHỈ ĐẠO ĐO TẢI","parentBody":"THÀNH ỦY HÀ NỘI","symbol":"%s","placeName":"Hà Nội",
                 "numberingRule":"PARTY_PER_TYPE_PER_TERM","termStart":"2025-10-20"}""".formatted(symbol())).expect(201).id();
        long signerId = admin.userId("hung.tv");

        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            Portal session = sessions.get(i);
            int offset = i;
            threads.add(started(() -> {
                for (int n = offset; running.get(); n++) {
                    String path = READ_PATHS[n % READ_PATHS.length];
                    outcomes.add(attempt(false, path, 200, () -> session.get(path)));
                }
            }));
        }
        threads.add(started(() -> {
            for (int n = 1; running.get(); n++) {
                String draft = """
                        {"issuerId":%d,"typeCode":"TB","summary":"Thông báo thử lúc máy chủ dừng %d","body":"<p>Nội dung</p>",
                         "signerId":%d,"audience":"ALL_MEMBERS"}""".formatted(issuerId, n, signerId);
                outcomes.add(attempt(true, "api/documents", 201, () -> secretariat.post("api/documents", draft)));
            }
        }));

        TimeUnit.SECONDS.sleep(before);
        String pid = Files.readString(pidFile).trim();
        long killedAt = System.nanoTime();
        new ProcessBuilder("kill", "-9", pid).inheritIO().start().waitFor();
        TimeUnit.SECONDS.sleep(after);
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }

        long lost = sessions.stream().filter(session -> !attempt(false, "home.xhtml", 200, () -> session.get("home.xhtml")).ok()).count();
        report(outcomes, killedAt, lost, readers);
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private interface Request {
        Portal.Reply send() throws Exception;
    }

    /** The outcome of one request: its status and the instance that answered, or the exception that came instead. */
    private static Outcome attempt(boolean write, String what, int expected, Request request) {
        try {
            Portal.Reply reply = request.send();
            return new Outcome(System.nanoTime(), write, reply.status() == expected, what,
                    reply.status() + " from " + reply.header("X-Vanban-Instance"));
        } catch (Exception | Error failure) {
            return new Outcome(System.nanoTime(), write, false, what, failure.toString());
        }
    }

    private static void report(ConcurrentLinkedQueue<Outcome> outcomes, long killedAt, long lostSessions, int sessions) {
        long reads = outcomes.stream().filter(o -> !o.write()).count();
        long writes = outcomes.size() - reads;
        long failedReads = outcomes.stream().filter(o -> !o.write() && !o.ok()).count();
        long failedWrites = outcomes.stream().filter(o -> o.write() && !o.ok()).count();
        long lastFailure = outcomes.stream().filter(o -> !o.ok()).mapToLong(Outcome::atNanos).max().orElse(killedAt);
        System.out.printf(Locale.ROOT, "reads: %d, failed %d%n", reads, failedReads);
        System.out.printf(Locale.ROOT, "writes (new drafts): %d, failed %d%n", writes, failedWrites);
        System.out.printf(Locale.ROOT, "from kill -9 until every request succeeded again: %d ms%n",
                Math.max(0, TimeUnit.NANOSECONDS.toMillis(lastFailure - killedAt)));
        System.out.printf(Locale.ROOT, "logged-in sessions lost: %d of %d%n", lostSessions, sessions);
        outcomes.stream().filter(o -> !o.ok()).limit(10).forEach(o -> System.out.printf(Locale.ROOT,
                "  failed %s %s at %+d ms: %s%n", o.write() ? "POST" : "GET", o.what(),
                TimeUnit.NANOSECONDS.toMillis(o.atNanos() - killedAt), o.answer()));
    }

    private static String symbol() {
        return "F" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT).substring(0, 10);
    }
}
