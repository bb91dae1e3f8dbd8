package vn.vanban.it.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.PortalClient;
import vn.vanban.it.PortalDatabase;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail on the deployed portal: a document's life leaves one entry per step, with who did it; the
 * entries are sealed into the hash chain, which verifies, also while entries are being written and sealed; the list
 * follows the time of writing, not the ids; the administrator's screen shows them.
 */
class AuditIT extends DeployedPortal {

    private PortalClient as(String username) {
        return PortalClient.as(base(), username, DEMO_PASSWORD);
    }

    @Test
    void aDocumentsLifeIsRecordedStepByStepAndTheChainOverItVerifies() {
        var secretariat = as("vanthu");
        var signer = as("hung.tv");
        long issuer = newIssuer();
        long id = secretariat.post("api/documents", """
                {"issuerId":%d,"typeCode":"TB","summary":"Thông báo để thử nhật ký","signerId":%d}"""
                .formatted(issuer, userId("hung.tv"))).json().getInt("id");
        assertThat(secretariat.post("api/documents/" + id + "/submit", "{}").status()).isEqualTo(200);
        assertThat(signer.post("api/documents/" + id + "/approve", "{}").status()).isEqualTo(200);
        assertThat(secretariat.post("api/documents/" + id + "/issue", "{}").status()).isEqualTo(200);
        assertThat(signer.post("api/documents/" + id + "/sign", "").status()).isEqualTo(200);
        var pdf = secretariat.getBytes("api/documents/" + id + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);

        var verification = as("admin").get("api/admin/audit/verification");
        assertThat(verification.status()).as(verification.body()).isEqualTo(200);
        assertThat(verification.json().getBoolean("intact")).as(verification.body()).isTrue();
        assertThat(verification.json().getJsonNumber("sealed").longValue()).isGreaterThanOrEqualTo(7);
        assertThat(verification.json().getString("head")).hasSize(64);

        var trail = oldestFirst(as("admin").get("api/admin/audit?subject=document:" + id));
        assertThat(trail).extracting(e -> e.getString("action")).containsExactly("DOCUMENT_CREATED",
                "DOCUMENT_SUBMITTED", "DOCUMENT_APPROVED", "DOCUMENT_ISSUED", "PDF_STORED", "DOCUMENT_SIGNED",
                "PDF_DOWNLOADED");
        assertThat(trail).extracting(e -> e.getString("actor")).containsExactly("vanthu", "vanthu", "hung.tv",
                "vanthu", "vanthu", "hung.tv", "vanthu");
        assertThat(trail).allSatisfy(e -> assertThat(e.getJsonNumber("position")).isNotNull());
        assertThat(trail.get(3).getString("detail")).endsWith("-TB/" + symbol);
        List<Long> positions = trail.stream().map(e -> e.getJsonNumber("position").longValue()).toList();
        assertThat(positions).isSorted();

        var page = PortalClient.anonymous(base());
        page.formLogin("admin", DEMO_PASSWORD, null);
        assertThat(page.get("admin/audit.xhtml").body()).contains("Nhật ký hệ thống").contains("document:" + id)
                .contains("Cấp số, ban hành");
    }

    @Test
    void anAccountChangedByTheAdministratorIsRecordedWithTheAdministratorsName() {
        String username = "nk." + UUID.randomUUID().toString().substring(0, 8);
        var created = as("admin").post("api/admin/users", """
                {"username":"%s","displayName":"Người thử nhật ký","password":"Mat-khau-123","roles":["MEMBER"]}"""
                .formatted(username));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(as("admin").post("api/admin/users/" + created.json().getInt("id") + "/disable", "").status())
                .isEqualTo(200);

        var trail = oldestFirst(as("admin").get("api/admin/audit?subject=account:" + username));

        assertThat(trail).extracting(e -> e.getString("action")).containsExactly("ACCOUNT_CREATED", "ACCOUNT_DISABLED");
        assertThat(trail).extracting(e -> e.getString("actor")).containsOnly("admin");
        assertThat(trail.get(0).getString("detail")).isEqualTo("MEMBER");
    }

    @Test
    void entriesAreListedByTheTimeTheyWereWrittenWhenTheirIdsAreOutOfTimeOrder() throws Exception {
        // As two instances write: the later entry got its id from a block below the earlier entry's.
        String subject = "account:thu.tu." + UUID.randomUUID().toString().substring(0, 8);
        long id = 9_000_000_000L + ThreadLocalRandom.current().nextInt(1_000_000_000);
        Instant earlier = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
        try (Connection db = PortalDatabase.open();
             var insert = db.prepareStatement("INSERT INTO audit_entry (id, at, actor, action, subject, detail)"
                     + " VALUES (?, ?, 'admin', 'ACCOUNT_UPDATED', ?, ?)")) {
            for (var entry : List.of(Map.entry(id + 1, earlier), Map.entry(id, earlier.plusSeconds(1)))) {
                insert.setLong(1, entry.getKey());
                insert.setTimestamp(2, Timestamp.from(entry.getValue()));
                insert.setString(3, subject);
                insert.setString(4, entry.getValue().equals(earlier) ? "earlier" : "later");
                insert.executeUpdate();
            }
        }

        var trail = oldestFirst(as("admin").get("api/admin/audit?subject=" + subject));

        assertThat(trail).extracting(e -> e.getString("detail")).containsExactly("earlier", "later");
    }

    @Test
    void theChainVerifiesWithoutFailingWhileEntriesAreWrittenAndSealed() throws Exception {
        long issuer = newIssuer();
        long signer = userId("hung.tv");
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            Future<List<Integer>> writes = callers.submit(() -> {
                var secretariat = as("vanthu");
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    statuses.add(secretariat.post("api/documents", """
                            {"issuerId":%d,"typeCode":"TB","summary":"Thông báo ghi nhật ký %d","signerId":%d}"""
                            .formatted(issuer, i, signer)).status());
                }
                return statuses;
            });
            List<Future<List<String>>> verifications = new ArrayList<>();
            for (int caller = 0; caller < 3; caller++) {
                verifications.add(callers.submit(() -> {
                    var admin = as("admin");
                    List<String> answers = new ArrayList<>();
                    for (int i = 0; i < 15; i++) {
                        var reply = admin.get("api/admin/audit/verification");
                        answers.add(reply.status() + (reply.status() == 200
                                ? " intact=" + reply.json().getBoolean("intact") : " " + reply.body()));
                    }
                    return answers;
                }));
            }

            assertThat(writes.get(5, TimeUnit.MINUTES)).containsOnly(201);
            for (Future<List<String>> answers : verifications) {
                assertThat(answers.get(5, TimeUnit.MINUTES)).containsOnly("200 intact=true");
            }
        } finally {
            callers.shutdownNow();
        }
    }

    private String symbol;

    private long newIssuer() {
        symbol = "K" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        var reply = as("admin").post("api/admin/issuers", """
                {"name":"BAN CHỈ ĐẠO THỬ NHẬT KÝ","parentBody":"QUẬN ỦY LONG BIÊN","symbol":"%s","placeName":"Long Biên",
                 "numberingRule":"PARTY_PER_TYPE_PER_TERM","termStart":"2025-10-20"}""".formatted(symbol));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getInt("id");
    }

    private static List<JsonObject> oldestFirst(PortalClient.Reply newestFirst) {
        assertThat(newestFirst.status()).as(newestFirst.body()).isEqualTo(200);
        List<JsonObject> entries = new ArrayList<>(Json.createReader(new StringReader(newestFirst.body())).readArray()
                .getValuesAs(JsonObject.class));
        Collections.reverse(entries);
        return entries;
    }
}
