package vn.vanban.it.operations;

import vn.vanban.it.DeployedPortal;
import vn.vanban.it.PortalClient;

import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Workers that keep creating, versioning, issuing, downloading and signing documents through the API, and remember
 * every write the portal answered with success: what a user was told is saved, and must still be there after a crash.
 */
final class WriteLoad {

    /** What the portal confirmed about one document; a later confirmation replaces an earlier one. */
    record Confirmed(long id, int version, String number, String pdfSha256, boolean signed) {
    }

    private final URI base;
    private final long issuerId;
    private final long signerId;
    private final Map<Long, Confirmed> confirmed = new ConcurrentHashMap<>();
    private final AtomicInteger downloads = new AtomicInteger();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final List<Thread> workers = new ArrayList<>();

    WriteLoad(URI base, long issuerId, long signerId) {
        this.base = base;
        this.issuerId = issuerId;
        this.signerId = signerId;
    }

    void start(int workerCount) {
        for (int i = 0; i < workerCount; i++) {
            Thread worker = new Thread(this::work, "write-load-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    /** Stops the workers (after the server died, their requests fail) and waits for them. */
    void stop() throws InterruptedException {
        stopping.set(true);
        for (Thread worker : workers) {
            worker.join(120_000);
        }
    }

    Map<Long, Confirmed> confirmed() {
        return Map.copyOf(confirmed);
    }

    int downloads() {
        return downloads.get();
    }

    private void work() {
        var secretariat = PortalClient.as(base, "vanthu", DeployedPortal.DEMO_PASSWORD);
        var signer = PortalClient.as(base, "hung.tv", DeployedPortal.DEMO_PASSWORD);
        while (!stopping.get()) {
            try {
                oneDocument(secretariat, signer);
            } catch (UncheckedIOException | IllegalStateException serverGone) {
                pause();
            }
        }
    }

    private void oneDocument(PortalClient secretariat, PortalClient signer) {
        var created = secretariat.post("api/documents", """
                {"issuerId":%d,"typeCode":"TB","summary":"Thông báo thử tải","body":"<p>Bản 1</p>","signerId":%d,
                 "signingCapacity":"T/M BAN CHỈ ĐẠO","signerPosition":"TRƯỞNG BAN",
                 "recipients":"- Lưu VP.","audience":"ALL_MEMBERS"}""".formatted(issuerId, signerId));
        if (created.status() != 201) {
            return;
        }
        long id = created.json().getInt("id");
        confirm(new Confirmed(id, created.json().getInt("currentVersion"), null, null, false));
        var saved = secretariat.put("api/documents/" + id, """
                {"basedOnVersion":1,"summary":"Thông báo thử tải","body":"<p>Bản 2</p>","signerId":%d,"audience":"ALL_MEMBERS"}"""
                .formatted(signerId));
        if (saved.status() != 200) {
            return;
        }
        confirm(new Confirmed(id, saved.json().getInt("currentVersion"), null, null, false));
        if (secretariat.post("api/documents/" + id + "/submit", "{}").status() != 200
                || signer.post("api/documents/" + id + "/approve", "{}").status() != 200) {
            return;
        }
        var issued = secretariat.post("api/documents/" + id + "/issue", "{\"issueDate\":\"2026-03-19\"}");
        if (issued.status() != 200) {
            return;
        }
        confirm(new Confirmed(id, issued.json().getInt("currentVersion"), issued.json().getString("number"),
                issued.json().getString("pdfSha256"), false));
        var download = secretariat.getBytes("api/documents/" + id + "/pdf");
        if (download.status() == 200) {
            if (!sha256(download.bytes()).equals(issued.json().getString("pdfSha256"))) {
                throw new AssertionError("Downloaded PDF of " + id + " does not match its SHA-256 before any crash");
            }
            downloads.incrementAndGet();
        }
        var signed = signer.post("api/documents/" + id + "/sign", "");
        if (signed.status() == 200) {
            confirm(new Confirmed(id, signed.json().getInt("currentVersion"), signed.json().getString("number"),
                    signed.json().getString("pdfSha256"), true));
        }
    }

    private void confirm(Confirmed confirmation) {
        confirmed.put(confirmation.id(), confirmation);
    }

    private void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.set(true);
        }
    }

    /** A new issuer of the load's own, so that its register starts at number 1. */
    static long newIssuer(PortalClient admin) {
        String symbol = "K" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT).substring(0, 10);
        var reply = admin.post("api/admin/issuers", """
                {"name":"BAN CHỈ ĐẠO THỬ","parentBody":"QUẬN ỦY LONG BIÊN","symbol":"%s","placeName":"Long Biên",
                 "numberingRule":"PARTY_PER_TYPE_PER_TERM","termStart":"2025-10-20"}""".formatted(symbol));
        if (reply.status() != 201) {
            throw new AssertionError("No new issuer: " + reply.body());
        }
        return reply.json().getInt("id");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
