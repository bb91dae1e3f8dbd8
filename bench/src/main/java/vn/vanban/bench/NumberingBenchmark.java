package vn.vanban.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issues COUNT approved notices of one new issuer at once, one thread per document all released together, and
 * prints how long the burst took and whether the numbers came out as 01..COUNT exactly once.
 * <p>
 * Usage: {@code NumberingBenchmark BASE_URL COUNT}
 */
public final class NumberingBenchmark {

    private NumberingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int count = Integer.parseInt(args[1]);
        Portal admin = Portal.loggedIn(base, "admin");
        Portal secretariat = Portal.loggedIn(base, "vanthu");
        Portal signer = Portal.loggedIn(base, "hung.tv");
        String symbol = "N" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT).substring(0, 10);
        long issuerId = admin.post("api/admin/issuers", """
                {"name":"BAN CHỈ ĐẠO ĐO TẢI","parentBody":"QUẬN ỦY LONG BIÊN","symbol":"%s","placeName":"Long Biên",
                 "numberingRule":"PARTY_PER_TYPE_PER_TERM","termStart":"2025-10-20"}""".formatted(symbol)).expect(201).id();
        long signerId = admin.userId("hung.tv");

        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            long id = secretariat.post("api/documents", """
                    {"issuerId":%d,"typeCode":"TB","summary":"Thông báo số %d","body":"<p>Nội dung</p>","signerId":%d,
                     "audience":"ALL_MEMBERS"}""".formatted(issuerId, i, signerId)).expect(201).id();
            secretariat.post("api/documents/" + id + "/submit", "{}").expect(200);
            signer.post("api/documents/" + id + "/approve", "{}").expect(200);
            ids.add(id);
        }

        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Portal.Reply>> replies = new ArrayList<>();
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            long id = ids.get(i);
            int slot = i;
            replies.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                long t0 = System.nanoTime();
                Portal.Reply reply = secretariat.post("api/documents/" + id + "/issue", "{\"issueDate\":\"2026-03-19\"}");
                millis[slot] = (System.nanoTime() - t0) / 1e6;
                return reply;
            }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        TreeSet<Integer> numbers = new TreeSet<>();
        int failures = 0;
        for (Future<Portal.Reply> future : replies) {
            Portal.Reply reply = future.get();
            if (reply.status() != 200) {
                failures++;
                continue;
            }
            String number = reply.string("number");
            numbers.add(Integer.parseInt(number.substring(3, number.indexOf('-'))));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long registered = secretariat.get("api/register?issuerId=" + issuerId + "&first=0&max=1").expect(200).number("total");
        boolean exact = failures == 0 && numbers.size() == count && numbers.first() == 1 && numbers.last() == count;

        System.out.printf(Locale.ROOT, "%d concurrent issues (one thread each, released together): %.1f s wall-clock,"
                + " %.1f issues/s; per request %s%n", count, seconds, count / seconds, Figures.ofMillis(millis));
        System.out.printf(Locale.ROOT, "numbers 01..%d each exactly once: %s (%d distinct, %d failed requests);"
                + " register entries: %d%n", count, exact ? "yes" : "NO", numbers.size(), failures, registered);
        if (!exact || registered != count) {
            System.exit(1);
        }
    }
}
