package vn.vanban.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Signed notices per second with several clients at once: each client issues an approved notice (the next register
 * number and the PDF/A rendering) and has the head of the committee sign it visibly, then takes the next one. The
 * notices carry the text of the demo notice and are made, submitted and approved beforehand (not timed); every
 * client has sessions of its own.
 * <p>
 * Usage: {@code SignedNoticesBenchmark BASE_URL CLIENTS NOTICES_PER_CLIENT}
 */
public final class SignedNoticesBenchmark {

    private SignedNoticesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int clients = Integer.parseInt(args[1]);
        int perClient = Integer.parseInt(args[2]);

        Portal admin = Portal.loggedIn(base, "admin");
        Portal secretariat = Portal.loggedIn(base, "vanthu");
        Portal head = Portal.loggedIn(base, "hung.tv");
        Portal.Reply demo = secretariat.get("api/documents/" + secretariat
                .get("api/documents?type=TB&status=PUBLISHED&first=0&max=1").expect(200).number("id")).expect(200);
        String draft = """
                {"issuerId":%d,"typeCode":"TB","summary":"%s","body":"%s","signerId":%d,"signingCapacity":"%s",
                 "signerPosition":"%s","recipients":"%s","audience":"ALL_MEMBERS"}""".formatted(demo.number("issuerId"),
                demo.raw("summary"), demo.raw("body"), admin.userId("hung.tv"), demo.raw("signingCapacity"),
                demo.raw("signerPosition"), demo.raw("recipients"));

        int warmups = 2 * clients;
        ConcurrentLinkedQueue<Long> approved = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < warmups + clients * perClient; i++) {
            long id = secretariat.post("api/documents", draft).expect(201).id();
            secretariat.post("api/documents/" + id + "/submit", "{}").expect(200);
            head.post("api/documents/" + id + "/approve", "{}").expect(200);
            approved.add(id);
        }
        for (int i = 0; i < warmups; i++) {
            issueAndSign(secretariat, head, approved.poll());
        }

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<double[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                Portal ownSecretariat = Portal.loggedIn(base, "vanthu");
                Portal ownHead = Portal.loggedIn(base, "hung.tv");
                double[] millis = new double[perClient];
                for (int i = 0; i < perClient; i++) {
                    long t0 = System.nanoTime();
                    issueAndSign(ownSecretariat, ownHead, approved.poll());
                    millis[i] = (System.nanoTime() - t0) / 1e6;
                }
                return millis;
            }));
        }
        double[] all = new double[clients * perClient];
        for (int c = 0; c < clients; c++) {
            System.arraycopy(results.get(c).get(), 0, all, c * perClient, perClient);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        System.out.printf(Locale.ROOT, "%d clients, %d notices each (issue + one visible signature, after %d warm-up"
                        + " notices; sessions opened within the time): %.1f signed notices/s in %.1f s; per notice %s%n",
                clients, perClient, warmups, all.length / seconds, seconds, Figures.ofMillis(all));
        System.out.printf(Locale.ROOT, "NOTICES_PER_SECOND=%.1f%n", all.length / seconds);
    }

    private static void issueAndSign(Portal secretariat, Portal head, long id) {
        secretariat.post("api/documents/" + id + "/issue", "{}").expect(200);
        Portal.Reply signed = head.post("api/documents/" + id + "/sign", "").expect(200);
        if (!signed.body().contains("\"signedBy\":[\"hung.tv\"]")) {
            throw new IllegalStateException("Not signed: " + signed.body());
        }
    }
}
