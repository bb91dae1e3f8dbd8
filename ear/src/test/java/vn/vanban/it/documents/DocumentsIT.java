package vn.vanban.it.documents;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.OutsideValidators;
import vn.vanban.it.PdfTools;
import vn.vanban.it.PortalClient;
import vn.vanban.it.PortalDatabase;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's document work on the real EAR: drafting with versions and diffs, review and approval,
 * numbering at issue (also under 200 concurrent issues), publication to the audience, the register, replacement.
 */
class DocumentsIT extends DeployedPortal {

    private static final String PASSWORD = DEMO_PASSWORD;

    private PortalClient as(String username) {
        return PortalClient.as(base(), username, PASSWORD);
    }

    /** A new issuer per test, so that its register starts at 01 whatever ran before. */
    private long newIssuer() {
        String symbol = "V" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT).substring(0, 10);
        var reply = as("admin").post("api/admin/issuers", """
                {"name":"BAN CHỈ ĐẠO THỬ","parentBody":"QUẬN ỦY LONG BIÊN","symbol":"%s","placeName":"Long Biên",
                 "numberingRule":"PARTY_PER_TYPE_PER_TERM","termStart":"2025-10-20"}""".formatted(symbol));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getInt("id");
    }

    private JsonObject draft(long issuerId, String type, String summary, String body) {
        var reply = as("vanthu").post("api/documents", """
                {"issuerId":%d,"typeCode":"%s","summary":"%s","body":"%s","signerId":%d,
                 "signingCapacity":"T/M BAN CHỈ ĐẠO","signerPosition":"TRƯỞNG BAN",
                 "recipients":"- Các đồng chí thành viên BCĐ,\\n- Lưu VP.","audience":"ALL_MEMBERS"}"""
                .formatted(issuerId, type, summary, body, userId("hung.tv")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private long approvedDocument(long issuerId, String summary) {
        long id = draft(issuerId, "TB", summary, "<p>Nội dung</p>").getInt("id");
        assertThat(as("vanthu").post("api/documents/" + id + "/submit", "{}").status()).isEqualTo(200);
        assertThat(as("hung.tv").post("api/documents/" + id + "/approve", "{}").status()).isEqualTo(200);
        return id;
    }

    private String save(long id, int basedOn, String summary, String body) {
        return """
                {"basedOnVersion":%d,"summary":"%s","body":"%s","signerId":%d,"audience":"ALL_MEMBERS","note":"sửa"}"""
                .formatted(basedOn, summary, body, userId("hung.tv"));
    }

    @Test
    void aNoticeGoesFromDraftThroughReturnAndApprovalToIssueAndPublication() throws Exception {
        long issuerId = newIssuer();
        JsonObject created = draft(issuerId, "TB", "Phân công nhiệm vụ thành viên Ban chỉ đạo",
                "<p>Phân công <script>alert(1)</script><strong>đồng chí Lan</strong></p>");
        long id = created.getInt("id");
        assertThat(created.getString("status")).isEqualTo("DRAFT");
        assertThat(created.getString("body")).doesNotContain("script").contains("<strong>đồng chí Lan</strong>");

        var secretariat = as("vanthu");
        assertThat(secretariat.put("api/documents/" + id, save(id, 1, "Phân công nhiệm vụ", "<p>Phân công đồng chí Lan</p>")).status()).isEqualTo(200);
        var second = secretariat.put("api/documents/" + id, save(id, 2, "Phân công nhiệm vụ", "<p>Phân công đồng chí Lan và đồng chí Việt</p>"));
        assertThat(second.json().getInt("currentVersion")).isEqualTo(3);

        var stale = secretariat.put("api/documents/" + id, save(id, 2, "Ghi đè", "<p>Bản cũ</p>"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("CONCURRENT_MODIFICATION");

        var browser = PortalClient.anonymous(base());
        browser.formLogin("vanthu", PASSWORD, null);
        assertThat(browser.get("secretariat/document.xhtml?id=" + id).body())
                .contains("<ins>").contains("và đồng chí Việt</ins>").contains("v3");

        var diff = secretariat.get("api/documents/" + id + "/diff?from=2&to=3");
        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.body()).contains("\"INSERTED\"").contains("và đồng chí Việt");

        assertThat(as("hung.tv").post("api/documents/" + id + "/approve", "{}").code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(secretariat.post("api/documents/" + id + "/submit", "{\"comment\":\"Kính trình\"}").json()
                .getString("status")).isEqualTo("IN_REVIEW");
        var edit = secretariat.put("api/documents/" + id, save(id, 3, "x", "<p>y</p>"));
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.code()).isEqualTo("DOCUMENT_NOT_EDITABLE");

        var notTheSigner = as("ha.ltt").post("api/documents/" + id + "/approve", "{}");
        assertThat(notTheSigner.status()).isEqualTo(403);
        assertThat(notTheSigner.code()).isEqualTo("NOT_THE_SIGNER");

        var signer = as("hung.tv");
        assertThat(signer.post("api/documents/" + id + "/return", "{\"comment\":\"\"}").code()).isEqualTo("COMMENT_REQUIRED");
        var returned = signer.post("api/documents/" + id + "/return", "{\"comment\":\"Bổ sung thời hạn\"}");
        assertThat(returned.json().getString("status")).isEqualTo("DRAFT");

        secretariat.put("api/documents/" + id, save(id, 3, "Phân công nhiệm vụ", "<p>Phân công, hoàn thành trong quý II</p>"));
        secretariat.post("api/documents/" + id + "/submit", "{}");
        assertThat(signer.post("api/documents/" + id + "/approve", "{\"comment\":\"Đồng ý\"}").json().getString("status"))
                .isEqualTo("APPROVED");

        var preview = secretariat.getBytes("api/documents/" + id + "/preview");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.header("Content-Type")).startsWith("application/pdf");
        assertThat(as("lan.nt").getBytes("api/documents/" + id + "/preview").status()).as("not consulted").isEqualTo(404);
        String previewText = PdfTools.textInReadingOrder(preview.bytes());
        assertThat(previewText).contains("DỰ THẢO");

        var issued = secretariat.post("api/documents/" + id + "/issue", "{\"issueDate\":\"2026-03-19\"}").json();
        assertThat(withoutNumberDateAndMark(PdfTools.textInReadingOrder(secretariat.getBytes("api/documents/" + id + "/pdf").bytes())))
                .as("the issued PDF reads as its last preview").isEqualTo(withoutNumberDateAndMark(previewText));
        assertThat(secretariat.get("api/documents/" + id + "/preview").code()).isEqualTo("DOCUMENT_NOT_EDITABLE");
        assertThat(issued.getString("status")).isEqualTo("ISSUED");
        assertThat(issued.getString("number")).matches("Số 01-TB/V[0-9A-F]{10}");
        assertThat(issued.getString("issueDate")).isEqualTo("2026-03-19");
        assertThat(issued.getString("pdfSha256")).as("the answer is the document with its PDF")
                .isEqualTo(secretariat.get("api/documents/" + id).json().getString("pdfSha256"));
        assertThat(issued.getJsonArray("events").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("actor")).contains("vanthu", "hung.tv");
        assertThat(foundByNumber(secretariat, issued.getString("number")))
                .as("found by its number a moment after its issue is answered").containsExactly(id);

        assertThat(secretariat.post("api/documents/" + id + "/issue", "{}").code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(secretariat.put("api/documents/" + id, save(id, 4, "x", "y")).code()).isEqualTo("DOCUMENT_NOT_EDITABLE");

        var member = as("lan.nt");
        assertThat(member.get("api/documents/" + id).status()).isEqualTo(404);
        var unsigned = secretariat.post("api/documents/" + id + "/publish", "");
        assertThat(unsigned.status()).isEqualTo(409);
        assertThat(unsigned.code()).isEqualTo("SIGNATURE_REQUIRED");
        assertThat(secretariat.post("api/documents/" + id + "/sign", "").code()).isEqualTo("NOT_THE_SIGNER");
        var signed = signer.post("api/documents/" + id + "/sign", "");
        assertThat(signed.json().getJsonArray("signedBy").getString(0)).isEqualTo("hung.tv");
        assertThat(signed.header("Server-Timing"))
                .matches("sign;dur=\\d+\\.\\d, (ltv;dur=\\d+\\.\\d, )?store;dur=\\d+\\.\\d, sign-tx;dur=\\d+\\.\\d, total;dur=\\d+\\.\\d");
        assertThat(signer.post("api/documents/" + id + "/sign", "").code()).isEqualTo("ALREADY_SIGNED");
        assertThat(secretariat.post("api/documents/" + id + "/publish", "").json().getString("status")).isEqualTo("PUBLISHED");
        assertThat(member.get("api/documents/" + id).json().getString("number")).isEqualTo(issued.getString("number"));
        assertThat(member.get("api/documents/published?max=200").body()).contains(issued.getString("number"));
        assertThat(PortalClient.anonymous(base()).get("api/documents/published?max=200").body())
                .doesNotContain(issued.getString("number"));
        assertThat(member.get("api/documents").status()).isEqualTo(403);
    }

    @Test
    void everySignedPdfOfTheDemoDataShowsEachSignatureInItsBlock() throws Exception {
        var admin = as("admin");
        List<JsonObject> published = admin.get("api/documents?status=PUBLISHED&first=0&max=200").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(published).isNotEmpty();
        for (JsonObject document : published) {
            var pdf = admin.getBytes("api/documents/" + document.getInt("id") + "/pdf");
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(OutsideValidators.signatureAreas(pdf.bytes())).as("signatures of %s", document.getString("number"))
                    .isNotEmpty().allSatisfy((signer, area) -> assertThat(area).as(signer).isGreaterThan(5000f));
        }
    }

    @Test
    void twoHundredConcurrentIssuesGetExactlyTheNumbersOneToTwoHundred() throws Exception {
        long issuerId = newIssuer();
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            ids.add(approvedDocument(issuerId, "Thông báo số thứ tự " + i));
        }

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<PortalClient.Reply>> replies = new ArrayList<>();
        for (long id : ids) {
            replies.add(pool.submit(() -> as("vanthu").post("api/documents/" + id + "/issue", "{\"issueDate\":\"2026-03-19\"}")));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<PortalClient.Reply> reply : replies) {
            PortalClient.Reply r = reply.get();
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            String number = r.json().getString("number");
            numbers.add(Integer.parseInt(number.substring(3, number.indexOf('-'))));
        }
        pool.shutdown();

        assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 200).boxed().toList());
        var register = as("vanthu").get("api/register?issuerId=" + issuerId + "&max=200").json();
        assertThat(register.getInt("total")).isEqualTo(200);
    }

    @Test
    void aDocumentIssuedByAServerThatStoppedBeforeItsPdfGetsItsPdfWithinAMinute() throws Exception {
        long issuerId = newIssuer();
        long id = approvedDocument(issuerId, "Thông báo phát hành lúc máy chủ dừng");
        var issued = as("vanthu").post("api/documents/" + id + "/issue", "{\"issueDate\":\"2026-03-19\"}").json();
        // The state a server killed between the number's transaction and the PDF's leaves behind.
        try (Connection db = PortalDatabase.open(); Statement sql = db.createStatement()) {
            assertThat(sql.executeUpdate("UPDATE document SET pdf_sha256 = NULL WHERE id = " + id)).isEqualTo(1);
        }
        assertThat(as("vanthu").getBytes("api/documents/" + id + "/pdf").status()).isEqualTo(404);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(100);
        PortalClient.Download pdf = as("vanthu").getBytes("api/documents/" + id + "/pdf");
        while (pdf.status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(2_000);
            pdf = as("vanthu").getBytes("api/documents/" + id + "/pdf");
        }

        assertThat(pdf.status()).as("the PDF, rendered again by the sweep (every 30 s, at the second sighting)").isEqualTo(200);
        PdfTools.assumeInstalled();
        assertThat(PdfTools.text(pdf.bytes())).contains(issued.getString("number").replace("Số ", ""))
                .contains("Thông báo phát hành lúc máy chủ dừng");
    }

    @Test
    void theRegisterExportsCsvThatExcelReadsAsVietnamese() {
        long issuerId = newIssuer();
        long id = approvedDocument(issuerId, "Báo cáo, kết quả quý I");
        as("vanthu").post("api/documents/" + id + "/issue", "{\"issueDate\":\"2026-03-19\"}");

        var csv = as("vanthu").get("api/register/csv?issuerId=" + issuerId);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("filename*=UTF-8''");
        assertThat(csv.body()).startsWith("\uFEFF").contains("Ngày tháng văn bản").contains("19/03/2019".replace("2019", "2026"))
                .contains("\"Thông báo: Báo cáo, kết quả quý I\"").contains("01-TB/");
        assertThat(as("lan.nt").get("api/register/csv").status()).isEqualTo(403);
    }

    @Test
    void theRegisterPrintsAsALandscapeBookWithTheSameEntries() throws Exception {
        long issuerId = newIssuer();
        // Short enough for one line of its column: pdftotext reads a wrapped neighbouring cell into the middle of it.
        long id = approvedDocument(issuerId, "Khảo sát quý I");
        as("vanthu").post("api/documents/" + id + "/issue", "{\"issueDate\":\"2026-03-19\"}");

        var pdf = as("vanthu").getBytes("api/register/pdf?issuerId=" + issuerId + "&from=2026-01-01&to=2026-03-31");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains("filename*=UTF-8''");
        PdfTools.assumeInstalled();
        String text = PdfTools.text(pdf.bytes());
        assertThat(text).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI").contains("Từ ngày 01/01/2026 đến ngày 31/03/2026")
                .contains("01-TB").contains("Thông báo: Khảo sát quý I").contains("19/03/2026");
        assertThat(PdfTools.fonts(pdf.bytes())).isNotEmpty().allSatisfy(font -> assertThat(font).contains(" yes "));
        assertThat(as("vanthu").get("api/register/pdf?from=19-03-2026").code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void theRegistersPdfsArePackedInTheBackgroundIntoAZipWhoseListOfContentsHoldsEveryFilesSha256() throws Exception {
        long issuerId = newIssuer();
        var secretariat = as("vanthu");
        List<String> names = new ArrayList<>();
        for (String summary : List.of("Khảo sát quý I", "Khảo sát quý II")) {
            var issued = secretariat.post("api/documents/" + approvedDocument(issuerId, summary) + "/issue",
                    "{\"issueDate\":\"2026-03-19\"}");
            assertThat(issued.header("Server-Timing"))
                    .matches("number-tx;dur=\\d+\\.\\d, render;dur=\\d+\\.\\d, store;dur=\\d+\\.\\d, pdf-tx;dur=\\d+\\.\\d, total;dur=\\d+\\.\\d");
            String number = issued.json().getString("number");
            names.add(number.replaceFirst("^Số:?\\s*", "").replace('/', '_') + " " + summary + ".pdf");
        }

        var started = secretariat.post("api/register/archives?issuerId=" + issuerId + "&from=2026-01-01", "");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().getInt("total")).isEqualTo(3);
        String archive = "api/register/archives/" + started.json().getString("id");
        assertThat(started.header("Location")).endsWith(archive);
        JsonObject progress = started.json();
        for (int i = 0; i < 120 && progress.getString("state").equals("RUNNING"); i++) {
            Thread.sleep(250);
            progress = secretariat.get(archive).json();
        }
        assertThat(progress.getString("state")).isEqualTo("DONE");
        assertThat(progress.getInt("percent")).isEqualTo(100);
        assertThat(progress.getInt("packed")).isEqualTo(3);

        var zip = secretariat.getBytes(archive + "/zip");
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.header("Content-Type")).startsWith("application/zip");
        var entries = new java.util.LinkedHashMap<String, byte[]>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.bytes()), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.keySet()).containsExactly(names.get(0), names.get(1), "So-dang-ky-van-ban-di.pdf", "danh-muc-tep.csv");
        String contents = new String(entries.get("danh-muc-tep.csv"), StandardCharsets.UTF_8);
        for (var entry : entries.entrySet()) {
            if (!entry.getKey().endsWith(".csv")) {
                assertThat(new String(entry.getValue(), 0, 5, StandardCharsets.US_ASCII)).as(entry.getKey()).isEqualTo("%PDF-");
                assertThat(contents).contains(entry.getKey() + "," + entry.getValue().length + "," + PdfTools.sha256(entry.getValue()));
            }
        }
        assertThat(storedZip(started.json().getString("id"))).as("the ZIP as the database keeps it").isEqualTo(zip.bytes());
        PdfTools.assumeInstalled();
        assertThat(PdfTools.text(entries.get("So-dang-ky-van-ban-di.pdf"))).contains("Khảo sát quý II");

        assertThat(as("admin").get(archive).code()).isEqualTo("ARCHIVE_NOT_FOUND");
        assertThat(as("admin").getBytes(archive + "/zip").status()).isEqualTo(404);
        assertThat(as("lan.nt").post("api/register/archives", "").status()).isEqualTo(403);
        var malformed = secretariat.post("api/register/archives?from=19-03-2026", "");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(secretariat.get("api/register/archives/no-such-export").code()).isEqualTo("ARCHIVE_NOT_FOUND");
    }

    /**
     * An export the database says is running, whose instance stopped giving signs of life (as if it had died while
     * packing), is reported failed to whoever asks, on any instance, and holds nobody's turn: its owner may start
     * another at once.
     */
    @Test
    void anExportWhoseInstanceStoppedIsReportedFailedNotRunningAndHoldsNobodysTurn() throws Exception {
        String asked = silentExport("vanthu");
        String overtaken = silentExport("vanthu");
        var secretariat = as("vanthu");

        JsonObject seen = secretariat.get("api/register/archives/" + asked).json();
        assertThat(seen.getString("state")).isEqualTo("FAILED");
        assertThat(seen.getString("failure")).isEqualTo("ARCHIVE_INTERRUPTED");
        var zip = secretariat.get("api/register/archives/" + asked + "/zip");
        assertThat(zip.status()).isEqualTo(503);
        assertThat(zip.code()).isEqualTo("ARCHIVE_INTERRUPTED");
        assertThat(storedState(asked)).isEqualTo("FAILED ARCHIVE_INTERRUPTED, 0 chunks");

        var started = secretariat.post("api/register/archives?issuerId=" + newIssuer(), "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(storedState(overtaken)).isEqualTo("FAILED ARCHIVE_INTERRUPTED, 0 chunks");
        JsonObject progress = started.json();
        for (int i = 0; i < 120 && progress.getString("state").equals("RUNNING"); i++) {
            Thread.sleep(250);
            progress = secretariat.get("api/register/archives/" + progress.getString("id")).json();
        }
        assertThat(progress.getString("state")).isEqualTo("DONE");
    }

    /** A running export of {@code owner} with one chunk packed, whose instance went silent two minutes ago. */
    private static String silentExport(String owner) throws SQLException {
        String id = UUID.randomUUID().toString();
        Timestamp twoMinutesAgo = Timestamp.from(Instant.now().minusSeconds(120));
        try (Connection db = PortalDatabase.open();
             var export = db.prepareStatement("INSERT INTO archive_export (id, owner, detail, state, step, packed, total,"
                     + " instance, started, heartbeat) VALUES (?, ?, '2 PDF', 'RUNNING', 'DOCUMENTS', 1, 3, 'vanban-2', ?, ?)");
             var chunk = db.prepareStatement("INSERT INTO archive_export_chunk (export_id, seq, content) VALUES (?, 0, ?)")) {
            export.setString(1, id);
            export.setString(2, owner);
            export.setTimestamp(3, twoMinutesAgo);
            export.setTimestamp(4, twoMinutesAgo);
            export.executeUpdate();
            chunk.setString(1, id);
            chunk.setBytes(2, new byte[] {'P', 'K', 3, 4});
            chunk.executeUpdate();
        }
        return id;
    }

    /** {@code DONE -, 1 chunks}: the export's state, failure and chunks as the database keeps them. */
    private static String storedState(String id) throws SQLException {
        try (Connection db = PortalDatabase.open();
             var query = db.prepareStatement("SELECT state, failure, (SELECT COUNT(*) FROM archive_export_chunk c"
                     + " WHERE c.export_id = e.id) FROM archive_export e WHERE e.id = ?")) {
            query.setString(1, id);
            try (var row = query.executeQuery()) {
                assertThat(row.next()).as("export %s in the database", id).isTrue();
                return row.getString(1) + " " + Objects.requireNonNullElse(row.getString(2), "-") + ", "
                        + row.getLong(3) + " chunks";
            }
        }
    }

    /** The ZIP of a finished export put together from its chunks in the database, checked against its row. */
    private static byte[] storedZip(String id) throws SQLException {
        assertThat(storedState(id)).startsWith("DONE -");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (Connection db = PortalDatabase.open();
             var query = db.prepareStatement("SELECT content FROM archive_export_chunk WHERE export_id = ? ORDER BY seq");
             var size = db.prepareStatement("SELECT zip_bytes, instance FROM archive_export WHERE id = ?")) {
            query.setString(1, id);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    zip.writeBytes(rows.getBytes(1));
                }
            }
            size.setString(1, id);
            try (var row = size.executeQuery()) {
                row.next();
                assertThat(row.getLong(1)).isEqualTo(zip.size());
                assertThat(row.getString(2)).as("the instance that packed it").isEqualTo("server");
            }
        }
        return zip.toByteArray();
    }

    @Test
    void aPublicDocumentIsListedOnThePublicHomePageAndDownloadableByAnyone() {
        long issuerId = newIssuer();
        long id = draft(issuerId, "TB", "Lịch tiếp công dân quý II", "<p>Lịch tiếp</p>").getInt("id");
        var secretariat = as("vanthu");
        secretariat.put("api/documents/" + id, """
                {"basedOnVersion":1,"summary":"Lịch tiếp công dân quý II","body":"<p>Lịch tiếp</p>","signerId":%d,"audience":"PUBLIC"}"""
                .formatted(userId("hung.tv")));
        secretariat.post("api/documents/" + id + "/submit", "{}");
        as("hung.tv").post("api/documents/" + id + "/approve", "{}");
        String number = secretariat.post("api/documents/" + id + "/issue", "{}").json().getString("number");
        as("hung.tv").post("api/documents/" + id + "/sign", "");
        secretariat.post("api/documents/" + id + "/publish", "");

        var visitor = PortalClient.anonymous(base());
        assertThat(visitor.get("index.xhtml").body()).contains(number).contains("Lịch tiếp công dân quý II");
        assertThat(visitor.getBytes("api/documents/" + id + "/pdf").status()).isEqualTo(200);
    }

    @Test
    void aCorrectionReplacesTheIssuedDocumentWhichThenShowsSuperseded() {
        long issuerId = newIssuer();
        long original = approvedDocument(issuerId, "Kế hoạch có sai sót");
        var secretariat = as("vanthu");
        secretariat.post("api/documents/" + original + "/issue", "{}");

        var replacement = secretariat.post("api/documents/" + original + "/replacement", "");
        assertThat(replacement.status()).isEqualTo(201);
        long correction = replacement.json().getInt("id");
        assertThat(replacement.json().getJsonArray("relations").getJsonObject(0).getString("kind")).isEqualTo("REPLACES");

        secretariat.post("api/documents/" + correction + "/submit", "{}");
        as("hung.tv").post("api/documents/" + correction + "/approve", "{}");
        var issued = secretariat.post("api/documents/" + correction + "/issue", "{}").json();
        assertThat(issued.getString("number")).contains("02-TB/");

        var old = secretariat.get("api/documents/" + original).json();
        assertThat(old.getString("status")).isEqualTo("SUPERSEDED");
        assertThat(old.getInt("replacedById")).isEqualTo((int) correction);
    }

    @Test
    void theDocumentScreensServeTheSecretariatAndRefuseMembers() {
        long issuerId = newIssuer();
        long id = draft(issuerId, "TB", "Thông báo lịch giao ban quý II", "<p>Lịch giao ban</p>").getInt("id");
        var secretariat = PortalClient.anonymous(base());
        secretariat.formLogin("vanthu", PASSWORD, null);

        var list = secretariat.get("secretariat/documents.xhtml");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Thông báo lịch giao ban quý II");
        var workbench = secretariat.get("secretariat/document.xhtml?id=" + id);
        assertThat(workbench.status()).isEqualTo(200);
        assertThat(workbench.body()).contains("Thông báo lịch giao ban quý II").contains("Trình duyệt").contains("v1");
        assertThat(secretariat.get("secretariat/register.xhtml").status()).isEqualTo(200);
        assertThat(secretariat.get("secretariat/document.xhtml?id=987654321").status()).isEqualTo(404);
        assertThat(secretariat.get("api/register/csv?issuerId=" + issuerId).status()).isEqualTo(200);

        var member = PortalClient.anonymous(base());
        member.formLogin("lan.nt", PASSWORD, null);
        assertThat(member.get("secretariat/document.xhtml?id=" + id).status()).isEqualTo(403);
        assertThat(member.get("member/documents.xhtml").status()).isEqualTo(200);
    }

    @Test
    void membersAskedForTheirOpinionReadTheDraftAndCommentOthersCannotSeeIt() {
        long id = draft(newIssuer(), "QĐ", "Kiện toàn Ban chỉ đạo", "<p>Điều 1. Kiện toàn</p>").getInt("id");
        var submitted = as("vanthu").post("api/documents/" + id + "/submit",
                "{\"comment\":\"Xin ý kiến\",\"consulteeIds\":[" + userId("lan.nt") + "]}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);

        var consulted = as("lan.nt");
        assertThat(consulted.get("api/documents/consultations").body()).contains("Kiện toàn Ban chỉ đạo");
        assertThat(consulted.get("api/documents/" + id).status()).isEqualTo(200);
        var opinion = consulted.post("api/documents/" + id + "/comments", "{\"comment\":\"Đề nghị bổ sung Quận đoàn\"}");
        assertThat(opinion.status()).isEqualTo(200);
        assertThat(opinion.json().getJsonArray("events").getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("kind")).isEqualTo("COMMENT");
                    assertThat(e.getString("actor")).isEqualTo("lan.nt");
                    assertThat(e.getInt("version")).isEqualTo(1);
                });

        var other = as("viet.hq");
        assertThat(other.get("api/documents/" + id).status()).isEqualTo(404);
        assertThat(other.post("api/documents/" + id + "/comments", "{\"comment\":\"x\"}").status()).isEqualTo(404);

        var browser = PortalClient.anonymous(base());
        browser.formLogin("lan.nt", PASSWORD, null);
        assertThat(browser.get("member/documents.xhtml").body()).contains("Kiện toàn Ban chỉ đạo");
        assertThat(browser.get("member/document.xhtml?id=" + id).body()).contains("Điều 1. Kiện toàn").contains("commentForm");
    }

    @Test
    void anIssuedDocumentHasAPdfInThePartyFormatThatItsAudienceDownloads() throws Exception {
        long issuerId = newIssuer();
        long id = approvedDocument(issuerId, "Lịch giao ban quý II năm 2026");
        var secretariat = as("vanthu");
        JsonObject issued = secretariat.post("api/documents/" + id + "/issue", "{\"issueDate\":\"2026-03-19\"}").json();
        String sha256 = issued.getString("pdfSha256");
        assertThat(sha256).hasSize(64);

        var member = as("lan.nt");
        assertThat(member.get("api/documents/" + id + "/pdf").status()).isEqualTo(404);
        String signedSha256 = as("hung.tv").post("api/documents/" + id + "/sign", "").json().getString("pdfSha256");
        assertThat(signedSha256).isNotEqualTo(sha256);
        sha256 = signedSha256;
        secretariat.post("api/documents/" + id + "/publish", "");
        var download = member.getBytes("api/documents/" + id + "/pdf");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        assertThat(download.header("Content-Disposition")).contains("filename*=UTF-8''").contains("L%E1%BB%8Bch");
        assertThat(download.header("ETag")).contains(sha256);
        assertThat(new String(download.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfTools.sha256(download.bytes())).isEqualTo(sha256);
        assertThat(member.getWithHeader("api/documents/" + id + "/pdf", "If-None-Match", "\"" + sha256 + "\"").status())
                .isEqualTo(304);
        assertThat(PortalClient.anonymous(base()).get("api/documents/" + id + "/pdf").status()).isEqualTo(404);
        var tail = member.getBytes("api/documents/" + id + "/pdf", "Range", "bytes=-100");
        assertThat(tail.status()).isEqualTo(206);
        assertThat(tail.header("Content-Range")).isEqualTo("bytes " + (download.bytes().length - 100) + "-"
                + (download.bytes().length - 1) + "/" + download.bytes().length);
        assertThat(tail.bytes()).isEqualTo(Arrays.copyOfRange(download.bytes(), download.bytes().length - 100,
                download.bytes().length));
        assertThat(member.getBytes("api/documents/" + id + "/pdf", "Range", "bytes=99999999-").status()).isEqualTo(416);
        assertThat(download.header("Accept-Ranges")).isEqualTo("bytes");

        PdfTools.assumeInstalled();
        String text = PdfTools.text(download.bytes());
        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM").contains(issued.getString("number"))
                .contains("Long Biên, ngày 19 tháng 3 năm 2026").contains("Lịch giao ban quý II năm 2026")
                .contains("Trần Văn Hưng").contains("Nơi nhận:");
        assertThat(PdfTools.fonts(download.bytes())).isNotEmpty().allSatisfy(font -> assertThat(font).contains(" yes "));
        String signatures = PdfTools.signatures(download.bytes());
        assertThat(signatures).contains("Signature is Valid.").contains("Trần Văn Hưng").contains("ETSI.CAdES.detached");

        var visitor = PortalClient.anonymous(base());
        JsonObject verdict = visitor.postBytes("api/verify", "application/pdf", download.bytes()).json();
        assertThat(verdict.getJsonObject("issued").getString("number")).isEqualTo(issued.getString("number"));
        JsonObject signature = verdict.getJsonArray("signatures").getJsonObject(0);
        assertThat(signature.getBoolean("intact")).isTrue();
        assertThat(signature.getBoolean("trusted")).isTrue();
        assertThat(signature.getBoolean("coversWholeDocument")).isTrue();
        assertThat(signature.getString("modification")).isEqualTo("NONE");
        assertThat(signature.getJsonArray("changes")).isEmpty();
        assertThat(signature.getString("level")).isIn("B_B", "B_T");
        assertThat(signature.getString("certificateSubject")).contains("DEVELOPMENT");
        byte[] tampered = download.bytes().clone();
        tampered[700] ^= 0x01;
        JsonObject broken = visitor.postBytes("api/verify", "application/pdf", tampered).json();
        assertThat(broken.containsKey("issued") && !broken.isNull("issued")).isFalse();
        assertThat(broken.getJsonArray("signatures").getJsonObject(0).getBoolean("intact")).isFalse();
        var notPdf = visitor.postBytes("api/verify", "application/pdf", "xin chào".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.status()).isEqualTo(400);
        assertThat(notPdf.code()).isEqualTo("NOT_A_PDF");
        var upload = visitor.postMultipart("api/verify", "file", "van-ban.pdf", download.bytes());
        assertThat(upload.status()).as(upload.body()).isEqualTo(200);
        assertThat(upload.json().getJsonObject("issued").getString("number")).isEqualTo(issued.getString("number"));

        var verification = visitor.get("verify.xhtml?document=" + id);
        assertThat(verification.body()).contains(issued.getString("number")).contains(sha256);
    }

    @Test
    void badDocumentInputGetsClearErrors() {
        long issuerId = newIssuer();
        var secretariat = as("vanthu");
        var noSummary = secretariat.post("api/documents", "{\"issuerId\":" + issuerId + ",\"typeCode\":\"TB\",\"summary\":\" \"}");
        assertThat(noSummary.status()).isEqualTo(400);
        assertThat(noSummary.code()).isEqualTo("SUMMARY_REQUIRED");
        assertThat(noSummary.json().getString("field")).isEqualTo("summary");

        String marker = "Quá dài " + System.nanoTime();
        var tooLong = secretariat.post("api/documents", "{\"issuerId\":" + issuerId + ",\"typeCode\":\"TB\",\"summary\":\""
                + marker + " " + "x".repeat(1000) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(tooLong.json().getString("field")).isEqualTo("summary");
        var noIssuer = secretariat.post("api/documents", "{\"typeCode\":\"TB\",\"summary\":\"" + marker + "\"}");
        assertThat(noIssuer.status()).isEqualTo(404);
        assertThat(noIssuer.code()).isEqualTo("ISSUER_NOT_FOUND");
        assertThat(noIssuer.json().getString("field")).isEqualTo("issuerId");
        assertThat(secretariat.get("api/documents?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8))
                .json().getInt("total")).as("nothing refused is stored").isZero();

        var unknownType = secretariat.post("api/documents", "{\"issuerId\":" + issuerId + ",\"typeCode\":\"XX\",\"summary\":\"a\"}");
        assertThat(unknownType.code()).isEqualTo("DOCUMENT_TYPE_NOT_FOUND");

        var template = secretariat.post("api/documents", "{\"issuerId\":" + issuerId + ",\"typeCode\":\"QĐ\",\"summary\":\"Kiện toàn Ban chỉ đạo\"}");
        assertThat(template.status()).isEqualTo(201);
        assertThat(template.json().getString("body")).contains("Điều 1.");

        long id = template.json().getInt("id");
        assertThat(secretariat.post("api/documents/" + id + "/submit", "{}").code()).isEqualTo("SIGNER_REQUIRED");
        assertThat(as("lan.nt").post("api/documents", "{\"issuerId\":" + issuerId + ",\"typeCode\":\"TB\",\"summary\":\"a\"}").code())
                .isEqualTo("NOT_ALLOWED");
        assertThat(secretariat.get("api/documents/99999999").code()).isEqualTo("DOCUMENT_NOT_FOUND");
        assertThat(secretariat.get("api/documents?status=NOPE").code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void aWholePdfIsLoggedBeforeItIsSentAndAReaderRemovedFromTheAudienceLosesItAtOnce() throws Exception {
        var admin = as("admin");
        long issuerId = newIssuer();
        var committee = admin.post("api/admin/committees", """
                {"name":"Tổ tải văn bản %s","description":"","issuerId":%d}""".formatted(UUID.randomUUID(), issuerId));
        assertThat(committee.status()).as(committee.body()).isEqualTo(201);
        long committeeId = committee.json().getInt("id");
        String reader = "doc." + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("api/admin/users", """
                {"username":"%s","displayName":"Người đọc thử","password":"%s","roles":["MEMBER"]}"""
                .formatted(reader, PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var joined = admin.post("api/admin/committees/" + committeeId + "/members",
                "{\"userId\":%d,\"positionTitle\":\"Thành viên\",\"role\":\"MEMBER\"}".formatted(created.json().getInt("id")));
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        long membership = joined.json().getJsonArray("members").getJsonObject(0).getInt("id");
        var secretariat = as("vanthu");
        var drafted = secretariat.post("api/documents", """
                {"issuerId":%d,"typeCode":"TB","summary":"Thông báo cho tổ tải","body":"<p>Nội dung</p>","signerId":%d,
                 "signingCapacity":"T/M BAN CHỈ ĐẠO","signerPosition":"TRƯỞNG BAN","audience":"COMMITTEES","committeeIds":[%d]}"""
                .formatted(issuerId, userId("hung.tv"), committeeId));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        long id = drafted.json().getInt("id");
        assertThat(secretariat.post("api/documents/" + id + "/submit", "{}").status()).isEqualTo(200);
        assertThat(as("hung.tv").post("api/documents/" + id + "/approve", "{}").status()).isEqualTo(200);
        assertThat(secretariat.post("api/documents/" + id + "/issue", "{}").status()).isEqualTo(200);
        String sha256 = as("hung.tv").post("api/documents/" + id + "/sign", "").json().getString("pdfSha256");
        var browser = PortalClient.anonymous(base());
        browser.formLogin(reader, PASSWORD, null);
        String pdf = "api/documents/" + id + "/pdf";
        assertThat(browser.get(pdf).code()).as("not published yet").isEqualTo("DOCUMENT_NOT_FOUND");
        assertThat(secretariat.post("api/documents/" + id + "/publish", "").status()).isEqualTo(200);

        var first = browser.getBytes(pdf);
        var second = browser.getBytes(pdf);
        var overApi = PortalClient.as(base(), reader, PASSWORD).getBytes(pdf);
        var part = browser.getBytes(pdf, "Range", "bytes=-100");

        for (var whole : List.of(first, second, overApi)) {
            assertThat(whole.status()).isEqualTo(200);
            assertThat(PdfTools.sha256(whole.bytes())).isEqualTo(sha256);
            assertThat(whole.header("Content-Length")).isEqualTo(String.valueOf(whole.bytes().length));
            assertThat(whole.header("ETag")).isEqualTo("\"" + sha256 + "\"");
            assertThat(whole.header("X-Content-SHA256")).isEqualTo(sha256);
            assertThat(whole.header("Accept-Ranges")).isEqualTo("bytes");
            assertThat(whole.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(whole.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(whole.header("Content-Disposition")).isEqualTo(part.header("Content-Disposition"));
        }
        assertThat(part.status()).isEqualTo(206);
        var logged = secretariat.get("api/documents/" + id + "/downloads").body();
        assertThat(jsonArray(logged)).as(logged)
                .filteredOn(d -> d.getString("username").equals(reader)).hasSize(3)
                .allSatisfy(d -> assertThat(d.getString("sha256")).isEqualTo(sha256));

        assertThat(admin.delete("api/admin/committees/" + committeeId + "/members/" + membership).status()).isEqualTo(200);
        var afterRemoval = browser.get(pdf);
        assertThat(afterRemoval.status()).as("removed from the audience").isEqualTo(404);
        assertThat(afterRemoval.code()).isEqualTo("DOCUMENT_NOT_FOUND");
        assertThat(PortalClient.as(base(), reader, PASSWORD).get(pdf).code()).isEqualTo("DOCUMENT_NOT_FOUND");
        assertThat(jsonArray(secretariat.get("api/documents/" + id + "/downloads").body()).size())
                .isEqualTo(jsonArray(logged).size());
    }

    private static List<JsonObject> jsonArray(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    /** The text of a PDF less what a preview leaves open (number, date) or adds (the DỰ THẢO mark). */
    private static String withoutNumberDateAndMark(String text) {
        return text.replace("DỰ THẢO", " ").replace('\u00A0', ' ')
                .replaceAll("Số\\s*[0-9]*-", "Số -")
                .replaceAll("ngày [0-9]+ tháng [0-9]+ năm [0-9]+", "ngày")
                .replaceAll("\\s+", " ").strip();
    }

    /**
     * The documents a search for {@code number} finds, once it finds any: the words of an issued document are indexed
     * again with its number just after the issue commits, so a search at once may still miss it. Within 10 seconds.
     */
    private static List<Long> foundByNumber(PortalClient searcher, String number) throws InterruptedException {
        String query = "api/search?max=50&q=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
        List<Long> found = List.of();
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10); found.isEmpty() && System.nanoTime() < deadline; ) {
            found = searcher.get(query).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(hit -> (long) hit.getInt("id")).toList();
            if (found.isEmpty()) {
                Thread.sleep(50);
            }
        }
        return found;
    }
}
