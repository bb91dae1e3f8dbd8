package vn.vanban.it.operations;

import jakarta.json.JsonObject;
import vn.vanban.it.PortalClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold after a server died under a {@link WriteLoad}: every write the portal confirmed is there with its
 * PDF intact, the outgoing register has no gap and no number twice, and the audit chain verifies.
 */
final class CrashChecks {

    private static final int REGISTER_PAGE = 200;

    private CrashChecks() {
    }

    static void confirmedWritesAreThere(PortalClient secretariat, Map<Long, WriteLoad.Confirmed> confirmed) {
        for (WriteLoad.Confirmed before : confirmed.values()) {
            var reply = secretariat.get("api/documents/" + before.id());
            assertThat(reply.status()).as("document %d after the crash: %s", before.id(), reply.body()).isEqualTo(200);
            JsonObject after = reply.json();
            assertThat(after.getInt("currentVersion")).as("version of %d", before.id()).isGreaterThanOrEqualTo(before.version());
            if (before.number() != null) {
                assertThat(after.getString("number")).as("number of %d", before.id()).isEqualTo(before.number());
            }
            if (before.signed()) {
                assertThat(after.getString("pdfSha256")).as("signed PDF of %d", before.id()).isEqualTo(before.pdfSha256());
            } else if (before.pdfSha256() != null && after.getJsonArray("signedBy").isEmpty()) {
                assertThat(after.getString("pdfSha256")).as("issued PDF of %d", before.id()).isEqualTo(before.pdfSha256());
            }
            if (after.containsKey("pdfSha256")) {
                var pdf = secretariat.getBytes("api/documents/" + before.id() + "/pdf");
                assertThat(pdf.status()).isEqualTo(200);
                assertThat(WriteLoad.sha256(pdf.bytes())).as("bytes of the PDF of %d", before.id())
                        .isEqualTo(after.getString("pdfSha256"));
            }
        }
    }

    /**
     * The issuer's register holds the numbers 1 to n, each once; returns n. Read page by page: on an idle machine the
     * load issues more numbers than one page holds.
     */
    static int registerIsGapless(PortalClient secretariat, long issuerId) {
        List<Integer> numbers = new ArrayList<>();
        int total;
        do {
            var register = secretariat.get("api/register?issuerId=" + issuerId + "&first=" + numbers.size()
                    + "&max=" + REGISTER_PAGE);
            assertThat(register.status()).as(register.body()).isEqualTo(200);
            total = register.json().getInt("total");
            List<JsonObject> page = register.json().getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(page).as("a page of the register while %d of %d are read", numbers.size(), total).isNotEmpty();
            page.stream().map(entry -> entry.getString("number"))
                    .map(number -> Integer.parseInt(number.substring(3, number.indexOf('-'))))
                    .forEach(numbers::add);
        } while (numbers.size() < total);
        assertThat(numbers).as("the register after the crash: gapless, no number twice")
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, total).boxed().toList());
        return numbers.size();
    }

    /** The audit chain verifies, nothing is left unsealed, and the trail of {@code documentId} shows its creation. */
    static void auditChainIsIntact(PortalClient admin, long documentId) {
        var audit = admin.get("api/admin/audit/verification");
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        assertThat(audit.json().getBoolean("intact")).as("the audit chain after the crash: %s", audit.body()).isTrue();
        assertThat(audit.json().getJsonNumber("unsealed").longValue()).as("entries left unsealed").isZero();
        var created = admin.get("api/admin/audit?max=200&subject=document:" + documentId);
        assertThat(created.body()).as("the audit trail of a document confirmed before the crash").contains("DOCUMENT_CREATED");
    }
}
