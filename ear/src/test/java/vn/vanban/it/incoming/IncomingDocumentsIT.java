package vn.vanban.it.incoming;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.HostilePdfs;
import vn.vanban.it.Multipart;
import vn.vanban.it.PdfTools;
import vn.vanban.it.PortalClient;
import vn.vanban.it.PortalDatabase;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incoming documents on the real EAR: receipts with their file over HTTP, refusals of bad files and fields with
 * stable codes and nothing stored, duplicates flagged and never registered silently, 200 concurrent receipts
 * numbered exactly 1..200, the register as JSON, CSV for Excel and on the secretariat's screen.
 */
class IncomingDocumentsIT extends DeployedPortal {

    private PortalClient as(String username) {
        return PortalClient.as(base(), username, DEMO_PASSWORD);
    }

    /** A new receiving body per test, so that its register starts at 1 whatever ran before. */
    private long newIssuer() {
        String symbol = "D" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT).substring(0, 10);
        return newIssuer("BAN CHỈ ĐẠO NHẬN THỬ", symbol, "2025-10-20");
    }

    /** A valid one-page PDF whose bytes differ with {@code mark}. */
    private static byte[] pdf(String mark) {
        return HostilePdfs.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", "(" + mark + ")");
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 60, BufferedImage.TYPE_BYTE_GRAY), "png", out);
        return out.toByteArray();
    }

    private static Map<String, String> fields(long issuerId, String sender, String number, String date) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("issuerId", String.valueOf(issuerId));
        fields.put("typeCode", "NQ");
        fields.put("sender", sender);
        fields.put("numberSymbol", number);
        fields.put("documentDate", date);
        fields.put("summary", "Về tăng cường công tác phát triển đảng viên");
        fields.put("urgency", "NORMAL");
        fields.put("confidentiality", "NONE");
        fields.put("medium", "PAPER");
        fields.put("arrivedAt", "2026-03-19T09:30");
        fields.put("recipient", "Văn phòng");
        return fields;
    }

    private PortalClient.Reply receive(PortalClient client, Map<String, String> fields, String fileName,
                                       String fileType, byte[] file, boolean register) {
        Multipart form = Multipart.of(fields, fileName, fileType, file);
        return client.postBytes("api/incoming" + (register ? "?register=true" : ""), form.contentType(), form.body());
    }

    private long count(long issuerId) {
        return as("vanthu").get("api/incoming?issuerId=" + issuerId).json().getInt("total");
    }

    @Test
    void aDocumentIsReceivedWithItsFileRegisteredAndReadBack() {
        long issuerId = newIssuer();
        byte[] file = pdf("nq09");
        var secretariat = as("vanthu");

        var received = receive(secretariat, fields(issuerId, "Thành ủy Hà Nội", "09-NQ/TU", "2026-03-10"),
                "Nghị quyết 09-NQ-TU.pdf", "application/pdf", file, false);
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        JsonObject document = received.json();
        long id = document.getInt("id");
        assertThat(received.header("Location")).endsWith("api/incoming/" + id);
        assertThat(document.getString("status")).isEqualTo("RECEIVED");
        assertThat(document.get("registerNumber")).as("no number before registration").isNull();
        assertThat(document.getString("arrivedAt")).isEqualTo("2026-03-19T09:30:00+07:00");
        assertThat(document.getString("fileKind")).isEqualTo("PDF");

        var registered = secretariat.post("api/incoming/" + id + "/register", "{}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        assertThat(registered.json().getInt("registerNumber")).isEqualTo(1);
        assertThat(registered.json().getString("registerNumberText")).isEqualTo("01");
        assertThat(registered.json().getString("status")).isEqualTo("REGISTERED");
        assertThat(secretariat.post("api/incoming/" + id + "/register", "{}").code()).isEqualTo("ILLEGAL_TRANSITION");

        var download = as("hung.tv").getBytes("api/incoming/" + id + "/file");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        assertThat(download.bytes()).isEqualTo(file);
        assertThat(download.header("Content-Disposition")).as("the name a browser sends as UTF-8, read back as such")
                .contains("filename*=UTF-8''Ngh%E1%BB%8B%20quy%E1%BA%BFt%2009-NQ-TU.pdf");

        var scan = receive(secretariat, fields(issuerId, "Đảng ủy phường Long Biên", "12-BC/ĐU", "2026-03-18"),
                "scan.png", "application/pdf", pngOrFail(), true);
        assertThat(scan.status()).as(scan.body()).isEqualTo(201);
        assertThat(scan.json().getString("fileKind")).as("the content decides, not the claimed type").isEqualTo("PNG");
        assertThat(scan.json().getInt("registerNumber")).isEqualTo(2);

        var register = secretariat.get("api/incoming/register?issuerId=" + issuerId).json();
        assertThat(register.getInt("total")).isEqualTo(2);
        assertThat(register.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("sender")).containsExactly("Thành ủy Hà Nội", "Đảng ủy phường Long Biên");
        assertThat(secretariat.get("api/incoming/senders?q=th%C3%A0nh").body()).contains("Thành ủy Hà Nội");
        assertThat(as("admin").get("api/admin/audit?subject=incoming:" + id).body())
                .contains("INCOMING_RECEIVED").contains("INCOMING_REGISTERED").contains("INCOMING_FILE_DOWNLOADED");
    }

    private static byte[] pngOrFail() {
        try {
            return png();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSameDocumentReceivedAgainIsFlaggedWithALinkAndRegisteredOnlyWhenConfirmed() {
        long issuerId = newIssuer();
        var secretariat = as("vanthu");
        var first = receive(secretariat, fields(issuerId, "Thành ủy Hà Nội", "15-NQ/TU", "2026-03-12"),
                "nq15.pdf", "application/pdf", pdf("nq15"), true).json();
        assertThat(first.getInt("registerNumber")).isEqualTo(1);

        var again = receive(secretariat, fields(issuerId, "THÀNH ỦY  HÀ NỘI", "Số: 15 - NQ/TU", "2026-03-12"),
                "nq15-ban-giay.pdf", "application/pdf", pdf("nq15 giấy"), true);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        JsonObject duplicate = again.json();
        long duplicateId = duplicate.getInt("id");
        assertThat(duplicate.getString("status")).as("not registered silently").isEqualTo("RECEIVED");
        assertThat(duplicate.getInt("duplicateOfId")).isEqualTo(first.getInt("id"));
        assertThat(duplicate.getString("duplicateOf")).isEqualTo("api/incoming/" + first.getInt("id"));

        var refused = secretariat.post("api/incoming/" + duplicateId + "/register", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("INCOMING_DUPLICATE");
        assertThat(refused.json().getString("field")).isEqualTo("duplicateOf");
        assertThat(refused.json().getString("message")).contains("đã được vào sổ");

        var confirmed = secretariat.post("api/incoming/" + duplicateId + "/register", "{\"confirmDuplicate\":true}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().getInt("registerNumber")).isEqualTo(2);
        assertThat(confirmed.json().getString("registerNotes")).isEqualTo("Trùng với số đến 01/2026");
    }

    @Test
    void aReceiptIsCorrectedBeforeItIsRegisteredItsDuplicateDecidedAgainAndNotAfter() {
        long issuerId = newIssuer();
        var secretariat = as("vanthu");
        long original = receive(secretariat, fields(issuerId, "Thành ủy Hà Nội", "245-CV/TU", "2026-03-18"),
                "cv.pdf", "application/pdf", pdf("cv245"), true).json().getInt("id");
        var mailed = receive(secretariat, fields(issuerId, "vanphong@hanoi.dcs.vn", "Không số", "2026-03-19"),
                "thu.pdf", "application/pdf", pdf("mailed"), false).json();
        long id = mailed.getInt("id");
        String correction = """
                {"typeCode":"CV","sender":"THÀNH ỦY HÀ NỘI","numberSymbol":"Số 245-CV/TU","documentDate":"%s",
                 "summary":"Về việc báo cáo kết quả thực hiện Nghị quyết 09-NQ/TU","urgency":"URGENT",
                 "confidentiality":"NONE","medium":"ELECTRONIC","recipient":"Văn phòng"}""";

        var refused = secretariat.put("api/incoming/" + id, correction.formatted("2026-03-20"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("DOCUMENT_DATE_AFTER_ARRIVAL");
        assertThat(secretariat.get("api/incoming/" + id).json().getString("numberSymbol")).as("nothing changed")
                .isEqualTo("Không số");
        assertThat(as("lan.nt").put("api/incoming/" + id, correction.formatted("2026-03-18")).status()).isEqualTo(403);
        assertThat(as("hung.tv").put("api/incoming/" + id, correction.formatted("2026-03-18")).status()).isEqualTo(403);
        assertThat(secretariat.put("api/incoming/987654321", correction.formatted("2026-03-18")).code())
                .isEqualTo("INCOMING_NOT_FOUND");

        var corrected = secretariat.put("api/incoming/" + id, correction.formatted("2026-03-18"));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        JsonObject document = corrected.json();
        assertThat(document.getString("numberSymbol")).isEqualTo("Số 245-CV/TU");
        assertThat(document.getString("sender")).isEqualTo("THÀNH ỦY HÀ NỘI");
        assertThat(document.getString("urgency")).isEqualTo("URGENT");
        assertThat(document.getString("arrivedAt")).as("kept when not given").isEqualTo(mailed.getString("arrivedAt"));
        assertThat(document.getInt("duplicateOfId")).as("the same sender, number and date as a registered one")
                .isEqualTo((int) original);
        assertThat(secretariat.post("api/incoming/" + id + "/register", "{}").code()).isEqualTo("INCOMING_DUPLICATE");

        var distinct = secretariat.put("api/incoming/" + id, correction.formatted("2026-03-18")
                .replace("245-CV/TU", "246-CV/TU"));
        assertThat(distinct.json().get("duplicateOfId")).as("no longer a duplicate").isNull();
        assertThat(secretariat.post("api/incoming/" + id + "/register", "{}").json().getInt("registerNumber")).isEqualTo(2);
        var afterwards = secretariat.put("api/incoming/" + id, correction.formatted("2026-03-18"));
        assertThat(afterwards.status()).isEqualTo(409);
        assertThat(afterwards.code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(as("admin").get("api/admin/audit?subject=incoming:" + id).body()).contains("INCOMING_CORRECTED");
    }

    @Test
    void badFilesAndFieldsAreRefusedWithStableCodesAndNothingIsStored() {
        long issuerId = newIssuer();
        var secretariat = as("vanthu");
        Map<String, String> good = fields(issuerId, "Thành ủy Hà Nội", "09-NQ/TU", "2026-03-10");

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("FILE_TYPE_NOT_ALLOWED", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        files.put("FILE_TYPE_NOT_ALLOWED ", "MZ\u0090 an executable renamed .pdf".getBytes(StandardCharsets.ISO_8859_1));
        files.put("FILE_DAMAGED", "%PDF-1.7\nbroken".getBytes(StandardCharsets.US_ASCII));
        files.put("FILE_DAMAGED ", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        files.put("FILE_REQUIRED", new byte[0]);
        for (var file : files.entrySet()) {
            var reply = receive(secretariat, good, "van-ban.pdf", "application/pdf", file.getValue(), true);
            assertThat(reply.status()).as(file.getKey() + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.code()).isEqualTo(file.getKey().strip());
            assertThat(reply.json().getString("field")).isEqualTo("file");
        }

        Map<String, Map<String, String>> bad = new LinkedHashMap<>();
        bad.put("SENDER_REQUIRED", with(good, "sender", " "));
        bad.put("NUMBER_SYMBOL_REQUIRED", with(good, "numberSymbol", ""));
        bad.put("DOCUMENT_DATE_REQUIRED", with(good, "documentDate", ""));
        bad.put("VALIDATION_FAILED", with(good, "documentDate", "10/03/2026"));
        bad.put("DOCUMENT_DATE_AFTER_ARRIVAL", with(good, "documentDate", "2026-03-20"));
        bad.put("VALIDATION_FAILED ", with(good, "urgency", "RẤT KHẨN"));
        bad.put("VALIDATION_FAILED  ", with(good, "arrivedAt", "2099-01-01T08:00"));
        bad.put("DOCUMENT_TYPE_NOT_FOUND", with(good, "typeCode", "XYZ"));
        bad.put("ISSUER_NOT_FOUND", with(good, "issuerId", "abc"));
        for (var input : bad.entrySet()) {
            var reply = receive(secretariat, input.getValue(), "nq.pdf", "application/pdf", pdf("x"), true);
            assertThat(reply.status()).as(input.getKey() + ": " + reply.body()).isIn(400, 404);
            assertThat(reply.code()).isEqualTo(input.getKey().strip());
        }

        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(pdf("large"), 0, tooLarge, 0, 100);
        var large = receive(secretariat, good, "lon.pdf", "application/pdf", tooLarge, true);
        assertThat(large.status()).as(large.body()).isEqualTo(413);
        assertThat(large.code()).isEqualTo("FILE_TOO_LARGE");

        assertThat(count(issuerId)).as("nothing half stored").isZero();
        assertThat(receive(as("lan.nt"), good, "nq.pdf", "application/pdf", pdf("x"), true).status()).isEqualTo(403);
        assertThat(receive(as("hung.tv"), good, "nq.pdf", "application/pdf", pdf("x"), true).status()).isEqualTo(403);
        assertThat(secretariat.get("api/incoming/987654321").code()).isEqualTo("INCOMING_NOT_FOUND");
        assertThat(secretariat.get("api/incoming?urgency=NHANH").code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void hostilePdfsNeverCauseAServerError() {
        long issuerId = newIssuer();
        var secretariat = as("vanthu");
        List<byte[]> hostile = List.of(HostilePdfs.referenceLoop(), HostilePdfs.pageTreeLoop(),
                HostilePdfs.fieldsNestedDeep(50_000), HostilePdfs.crossReferenceBomb(), HostilePdfs.hugeCrossReference());
        for (int i = 0; i < hostile.size(); i++) {
            var reply = receive(secretariat, fields(issuerId, "Nơi gửi " + i, i + "-CV/X", "2026-03-10"), "x.pdf",
                    "application/pdf", hostile.get(i), false);
            assertThat(reply.status()).as("hostile PDF %d: %s", i, reply.body()).isIn(201, 400);
            if (reply.status() == 400) {
                assertThat(reply.code()).isIn("FILE_DAMAGED", "PDF_ENCRYPTED");
            }
        }
    }

    @Test
    void theSecretariatReceivesAndRegistersADocumentOnTheScreen() {
        long issuerId = newIssuer();
        var browser = PortalClient.anonymous(base());
        browser.formLogin("vanthu", DEMO_PASSWORD, null);
        var page = browser.get("secretariat/incoming.xhtml");
        Matcher fileInput = Pattern.compile("<input[^>]*type=\"file\"[^>]*>").matcher(page.body());
        assertThat(fileInput.find()).as("the file input of the receiving form").isTrue();
        Matcher fileName = Pattern.compile("name=\"([^\"]+)\"").matcher(fileInput.group());
        assertThat(fileName.find()).isTrue();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("receiveForm", "receiveForm");
        form.put("receiveForm:receivingIssuer_input", String.valueOf(issuerId));
        form.put("receiveForm:sender_input", "Văn phòng Thành ủy");
        form.put("receiveForm:numberSymbol", "321-CV/VPTU");
        form.put("receiveForm:documentDate_input", "16/03/2026");
        form.put("receiveForm:typeCode_input", "CV");
        form.put("receiveForm:summary", "Về việc gửi tài liệu hội nghị");
        form.put("receiveForm:urgency_input", "URGENT");
        form.put("receiveForm:confidentiality_input", "NONE");
        form.put("receiveForm:medium_input", "PAPER");
        form.put("receiveForm:arrivedAt_input", "17/03/2026 08:15");
        form.put("receiveForm:recipient", "Văn phòng");
        form.put("receiveForm:note", "");
        form.put("receiveForm:receiveAndRegister", "");
        form.put("jakarta.faces.ViewState", PortalClient.viewState(page.body()));
        form.put("primefaces.nonce", browser.nonce());
        Multipart body = Multipart.of(form, fileName.group(1), "cv.pdf", "application/pdf", pdf("screen receipt"));

        var reply = browser.postBytes("secretariat/incoming.xhtml", body.contentType(), body.body());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).as(reply.body()).contains("Đã vào sổ văn bản đến: số đến 01/2026 (321-CV/VPTU).");
        JsonObject entry = as("vanthu").get("api/incoming/register?issuerId=" + issuerId).json()
                .getJsonArray("items").getJsonObject(0);
        assertThat(entry.getString("sender")).isEqualTo("Văn phòng Thành ủy");
        assertThat(entry.getString("documentDate")).isEqualTo("2026-03-16");
        assertThat(entry.getString("arrivedAt")).isEqualTo("2026-03-17T08:15:00+07:00");
        assertThat(entry.getString("urgency")).isEqualTo("URGENT");
        assertThat(entry.getString("medium")).isEqualTo("PAPER");
        assertThat(entry.getString("type")).isEqualTo("Công văn");
        assertThat(as("vanthu").getBytes("api/incoming/" + entry.getInt("id") + "/file").bytes())
                .isEqualTo(pdf("screen receipt"));
    }

    /** A committee of the receiving body with the head (a signer) and one member; its id. */
    private long committeeOf(long issuerId) {
        return newCommittee("Ban nhận văn bản " + UUID.randomUUID(), issuerId,
                new String[] {"hung.tv", "Trưởng ban", "HEAD"}, new String[] {"lan.nt", "Thành viên", "MEMBER"});
    }

    @Test
    void theHeadRoutesARegisteredDocumentToAMemberOfTheCommitteeWithADeadline() {
        long issuerId = newIssuer();
        long id = receive(as("vanthu"), fields(issuerId, "Thành ủy Hà Nội", "09-NQ/TU", "2026-03-10"), "nq.pdf",
                "application/pdf", pdf("route"), true).json().getInt("id");
        var head = as("hung.tv");
        String slip = "{\"leadUserId\":%d,\"assisting\":\"Ban Tổ chức\",\"instruction\":\"Tham mưu kế hoạch thực hiện\","
                + "\"deadline\":\"%s\"}";

        assertThat(head.post("api/incoming/" + id + "/route", slip.formatted(userId("lan.nt"), "2026-03-31")).code())
                .as("the head sits on no committee of this body yet").isEqualTo("NOT_ALLOWED");
        committeeOf(issuerId);
        assertThat(as("vanthu").post("api/incoming/" + id + "/route", slip.formatted(userId("lan.nt"), "2026-03-31"))
                .status()).isEqualTo(403);
        var early = head.post("api/incoming/" + id + "/route", slip.formatted(userId("lan.nt"), "2026-03-18"));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.code()).isEqualTo("DEADLINE_BEFORE_ARRIVAL");
        var outsider = head.post("api/incoming/" + id + "/route", slip.formatted(userId("mai.vt"), "2026-03-31"));
        assertThat(outsider.code()).isEqualTo("LEAD_NOT_IN_COMMITTEE");
        assertThat(head.post("api/incoming/" + id + "/route", "{}").code()).isEqualTo("LEAD_REQUIRED");
        assertThat(as("vanthu").get("api/incoming/" + id).json().getBoolean("forwardingLate"))
                .as("not forwarded by the next working day").isTrue();

        var routed = head.post("api/incoming/" + id + "/route", slip.formatted(userId("lan.nt"), "2026-03-31"));

        assertThat(routed.status()).as(routed.body()).isEqualTo(200);
        JsonObject document = routed.json();
        assertThat(document.getString("status")).isEqualTo("ROUTED");
        assertThat(document.getString("lead")).isEqualTo("lan.nt");
        assertThat(document.getString("instruction")).isEqualTo("Tham mưu kế hoạch thực hiện");
        assertThat(document.getString("deadline")).isEqualTo("2026-03-31");
        assertThat(document.getBoolean("forwardingLate")).isFalse();
        String csv = as("vanthu").get("api/incoming/register/csv?issuerId=" + issuerId).body();
        assertThat(csv).contains(",Nghị quyết: Về tăng cường công tác phát triển đảng viên,"
                + document.getString("leadName") + "," + document.getString("forwardedDate").substring(8, 10) + "/"
                + document.getString("forwardedDate").substring(5, 7) + "/" + document.getString("forwardedDate").substring(0, 4) + ",,");
        assertThat(as("admin").get("api/admin/audit?subject=incoming:" + id).body()).contains("INCOMING_ROUTED");
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(name, value);
        return changed;
    }

    @Test
    void twoHundredConcurrentReceiptsGetExactlyTheIncomingNumbersOneToTwoHundred() throws Exception {
        long issuerId = newIssuer();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<PortalClient.Reply>> replies = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            int n = i;
            String medium = n % 2 == 0 ? "PAPER" : "ELECTRONIC";
            replies.add(pool.submit(() -> receive(as("vanthu"),
                    with(fields(issuerId, "Đảng ủy phường " + n, n + "-BC/ĐU", "2026-03-18"), "medium", medium),
                    "bc-" + n + ".pdf", "application/pdf", pdf("báo cáo " + n), true)));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<PortalClient.Reply> reply : replies) {
            PortalClient.Reply r = reply.get();
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            numbers.add(r.json().getInt("registerNumber"));
        }
        pool.shutdown();

        assertThat(numbers).as("paper and electronic share one sequence")
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 200).boxed().toList());
        var register = as("vanthu").get("api/incoming/register?issuerId=" + issuerId + "&max=200").json();
        assertThat(register.getInt("total")).isEqualTo(200);
    }

    @Test
    void theSameScanReceivedByTwelveClerksAtOnceIsStoredOnceAndEveryReceiptSucceeds() throws Exception {
        long issuerId = newIssuer();
        byte[] scan = pdf("bản quét chung " + UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<PortalClient.Reply>> replies = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            int n = i;
            replies.add(pool.submit(() -> receive(as("vanthu"),
                    fields(issuerId, "Đảng ủy phường " + n, n + "-CV/ĐU", "2026-03-18"), "quet.pdf", "application/pdf",
                    scan, false)));
        }
        Set<String> files = new HashSet<>();
        for (Future<PortalClient.Reply> reply : replies) {
            PortalClient.Reply r = reply.get();
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            files.add(r.json().getString("fileSha256"));
        }
        pool.shutdown();

        assertThat(files).singleElement().isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(scan)));
        assertThat(count(issuerId)).isEqualTo(12);
    }

    @Test
    void theRegisterExportsCsvThatExcelReadsAsVietnamese() {
        long issuerId = newIssuer();
        var secretariat = as("vanthu");
        receive(secretariat, with(fields(issuerId, "Thành ủy Hà Nội", "09-NQ/TU", "2026-03-10"), "urgency", "FLASH"),
                "nq.pdf", "application/pdf", pdf("csv"), true);
        receive(secretariat, fields(issuerId, "Ủy ban nhân dân quận", "77/UBND-VP", "2026-03-11"),
                "cv.pdf", "application/pdf", pdf("csv waiting"), false);

        var csv = secretariat.get("api/incoming/register/csv?issuerId=" + issuerId + "&from=2026-03-01&to=2026-03-31");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("filename*=UTF-8''");
        assertThat(csv.body()).startsWith("\uFEFFNgày đến,Số đến,Tác giả,\"Số, ký hiệu\",Ngày tháng,")
                .contains("19/03/2026,01,Thành ủy Hà Nội,09-NQ/TU,10/03/2026,"
                        + "Nghị quyết: Về tăng cường công tác phát triển đảng viên,Văn phòng,,,,Hỏa tốc\r\n")
                .as("a receipt waiting to be registered is not in the register").doesNotContain("77/UBND-VP");
        assertThat(csv.body().split("\r\n")).hasSize(2);
        assertThat(as("lan.nt").get("api/incoming/register/csv").status()).isEqualTo(403);
    }

    @Test
    void theIncomingScreenServesTheSecretariatAndRefusesMembers() {
        long issuerId = newIssuer();
        // Arrived on the first working day of the year: first in the screen's register, which starts on 1 January.
        Map<String, String> urgent = with(fields(issuerId, "Thành ủy Hà Nội", "21-CT/TU", "2026-01-02"), "urgency", "URGENT");
        receive(as("vanthu"), with(urgent, "arrivedAt", "2026-01-02T08:00"), "ct.pdf", "application/pdf", pdf("screen"), true);
        receive(as("vanthu"), with(with(urgent, "numberSymbol", "22-CT/TU"), "arrivedAt", "2026-01-02T08:05"), "ct2.pdf",
                "application/pdf", pdf("screen waiting"), false);
        var secretariat = PortalClient.anonymous(base());
        secretariat.formLogin("vanthu", DEMO_PASSWORD, null);

        var page = secretariat.get("secretariat/incoming.xhtml");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Sổ đăng ký văn bản đến").contains("Tiếp nhận và vào sổ")
                .contains("Số đến").contains("Tác giả").contains("Ký nhận")
                .contains("21-CT/TU").contains("Chậm chuyển").contains("api/incoming/register/csv")
                .as("the receipt waiting to be registered, with its button").contains("22-CT/TU").contains(">Vào sổ<");
        var member = PortalClient.anonymous(base());
        member.formLogin("lan.nt", DEMO_PASSWORD, null);
        assertThat(member.get("secretariat/incoming.xhtml").status()).isEqualTo(403);
    }

    /** A new member with an e-mail address, on the committee {@link #committeeOf} made for the receiving body. */
    private record Helper(String username, long id) {
    }

    private Helper helperOn(long issuerId) {
        String username = "phoi.hop." + UUID.randomUUID().toString().substring(0, 8);
        var admin = as("admin");
        var created = admin.post("api/admin/users", """
                {"username":"%s","displayName":"Đỗ Văn Phối","email":"%s@longbien.example.vn","password":"%s",
                 "roles":["MEMBER"]}""".formatted(username, username, DEMO_PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long committeeId = jsonArray(admin.get("api/admin/committees").body()).stream()
                // A committee of no issuer has no issuerId at all: the answer leaves out what is null.
                .filter(c -> c.get("issuerId") instanceof JsonNumber issuer && issuer.longValue() == issuerId)
                .findFirst().orElseThrow().getInt("id");
        var added = admin.post("api/admin/committees/" + committeeId + "/members",
                "{\"userId\":%d,\"positionTitle\":\"Thành viên\",\"role\":\"MEMBER\"}".formatted(created.json().getInt("id")));
        assertThat(added.status()).as(added.body()).isIn(200, 201);
        return new Helper(username, created.json().getInt("id"));
    }

    private static List<JsonObject> jsonArray(String json) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private static List<String> mailsTo(String recipient, String subjectPart) throws java.sql.SQLException {
        List<String> subjects = new ArrayList<>();
        try (var connection = PortalDatabase.open(); var query = connection.prepareStatement(
                "SELECT subject FROM mail_outbox WHERE recipient = ? AND subject LIKE ? ORDER BY id")) {
            query.setString(1, recipient);
            query.setString(2, "%" + subjectPart + "%");
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    subjects.add(rows.getString(1));
                }
            }
        }
        return subjects;
    }

    private static List<Long> ids(List<JsonObject> documents) {
        return documents.stream().map(d -> (long) d.getInt("id")).toList();
    }

    @Test
    void theAssignedPeopleSeeTheDocumentRecordProgressAndTheLeadFinishesItWithANote() throws Exception {
        long issuerId = newIssuer();
        committeeOf(issuerId);
        Helper helping = helperOn(issuerId);
        String helper = helping.username();
        String number = "09-NQ/TU-" + UUID.randomUUID().toString().substring(0, 6);
        long id = receive(as("vanthu"), with(fields(issuerId, "Thành ủy Hà Nội", number, "2026-03-10"), "urgency", "FLASH"),
                "nq.pdf", "application/pdf", pdf("handle " + number), true).json().getInt("id");
        var head = as("hung.tv");
        String slip = "{\"leadUserId\":%d,\"assistingUserIds\":[%s],\"assisting\":\"Văn phòng Quận ủy\","
                + "\"instruction\":\"Xây dựng kế hoạch thực hiện\",\"deadline\":\"%s\"}";

        var outsider = head.post("api/incoming/" + id + "/route",
                slip.formatted(userId("lan.nt"), userId("mai.vt"), "2026-03-25"));
        assertThat(outsider.status()).isEqualTo(400);
        assertThat(outsider.code()).isEqualTo("ASSISTANT_NOT_IN_COMMITTEE");
        assertThat(head.post("api/incoming/" + id + "/route", slip.formatted(userId("lan.nt"), helping.id(), "2026-03-18"))
                .code()).isEqualTo("DEADLINE_BEFORE_ARRIVAL");
        JsonObject untouched = as("vanthu").get("api/incoming/" + id).json();
        assertThat(untouched.getString("status")).as("nothing half stored").isEqualTo("REGISTERED");
        assertThat(untouched.get("lead")).isNull();
        assertThat(untouched.getJsonArray("assistants")).isEmpty();
        assertThat(untouched.getString("handlingState")).isEqualTo("UNASSIGNED");
        assertThat(mailsTo("lan.nt@longbien.example.vn", number)).as("no mail for a refused slip").isEmpty();
        assertThat(as("lan.nt").get("api/incoming/" + id).status()).as("not assigned yet").isEqualTo(404);

        var routed = head.post("api/incoming/" + id + "/route", slip.formatted(userId("lan.nt"), helping.id(), "2026-03-25"));

        assertThat(routed.status()).as(routed.body()).isEqualTo(200);
        assertThat(routed.json().getString("status")).isEqualTo("ROUTED");
        assertThat(routed.json().getJsonArray("assistants").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("username")).containsExactly(helper);
        assertThat(routed.json().getString("assisting")).isEqualTo("Đỗ Văn Phối, Văn phòng Quận ủy");
        assertThat(routed.json().getString("handlingState")).as("its deadline has passed").isEqualTo("OVERDUE");
        assertThat(mailsTo("lan.nt@longbien.example.vn", number)).as("a flash document is mailed to the lead at once")
                .singleElement().asString().startsWith("[Văn bản đến hỏa tốc] Nghị quyết " + number);
        assertThat(mailsTo(helper + "@longbien.example.vn", number)).as("only the lead is mailed").isEmpty();

        var lead = as("lan.nt");
        var assistant = as(helper);
        assertThat(ids(lead.get("api/inbox").json().getJsonArray("incoming").getValuesAs(JsonObject.class))).contains(id);
        assertThat(ids(jsonArray(assistant.get("api/incoming/assigned").body()))).contains(id);
        var file = lead.getBytes("api/incoming/" + id + "/file");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.bytes()).isEqualTo(pdf("handle " + number));
        assertThat(as("son.bd").get("api/incoming/" + id).status()).as("a member not assigned: as if it did not exist").isEqualTo(404);
        assertThat(as("son.bd").post("api/incoming/" + id + "/progress", "{\"note\":\"Xem\"}").status()).isEqualTo(404);

        var progress = assistant.post("api/incoming/" + id + "/progress", "{\"note\":\"Đã tổng hợp số liệu các chi bộ\"}");
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        assertThat(progress.json().getString("status")).isEqualTo("IN_HANDLING");
        assertThat(lead.post("api/incoming/" + id + "/progress", "{\"note\":\" \"}").code()).isEqualTo("PROGRESS_NOTE_REQUIRED");
        assertThat(as("hung.tv").post("api/incoming/" + id + "/progress", "{\"note\":\"Đôn đốc\"}").code())
                .as("the head reads it but is not assigned").isEqualTo("INCOMING_NOT_ASSIGNED");
        var notLead = assistant.post("api/incoming/" + id + "/complete", "{\"note\":\"Xong\"}");
        assertThat(notLead.status()).isEqualTo(403);
        assertThat(notLead.code()).isEqualTo("INCOMING_NOT_LEAD");
        assertThat(lead.post("api/incoming/" + id + "/complete", "{}").code()).isEqualTo("FINISH_NOTE_REQUIRED");

        var finished = lead.post("api/incoming/" + id + "/complete", "{\"note\":\"Đã ban hành kế hoạch thực hiện\"}");

        assertThat(finished.status()).as(finished.body()).isEqualTo(200);
        assertThat(finished.json().getString("status")).isEqualTo("CLOSED");
        assertThat(finished.json().getString("handlingState")).isEqualTo("DONE");
        assertThat(finished.json().getString("finishNote")).isEqualTo("Đã ban hành kế hoạch thực hiện");
        assertThat(finished.json().getJsonArray("progress").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("name") + ": " + p.getString("note"))
                .containsExactly("Đỗ Văn Phối: Đã tổng hợp số liệu các chi bộ");
        assertThat(ids(jsonArray(lead.get("api/incoming/assigned").body()))).as("finished: off the list").doesNotContain((long) id);
        assertThat(as("admin").get("api/admin/audit?subject=incoming:" + id).body())
                .contains("INCOMING_PROGRESS").contains("INCOMING_FINISHED");
    }

    private static Map<String, String> jsfForm(String formId, String button, String viewState, String nonce,
                                               String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            form.put(formId + ":" + pairs[i], pairs[i + 1]);
        }
        form.put(formId + ":" + button, "");
        form.put("jakarta.faces.ViewState", viewState);
        form.put("primefaces.nonce", nonce);
        return form;
    }

    @Test
    void theSecretariatCorrectsAnUnregisteredReceiptOnItsPageKeepingWhatWasTypedWhenRefused() {
        long issuerId = newIssuer();
        long id = receive(as("vanthu"), fields(issuerId, "vanphong@hanoi.dcs.vn", "Không số", "2026-03-19"), "thu.pdf",
                "application/pdf", pdf("screen correction " + issuerId), false).json().getInt("id");
        String page = "member/incoming.xhtml?id=" + id;
        var secretariat = PortalClient.anonymous(base());
        secretariat.formLogin("vanthu", DEMO_PASSWORD, null);
        var form = secretariat.get(page);
        assertThat(form.body()).contains("Sửa thông tin tiếp nhận (chưa vào sổ)").contains("correctForm:numberSymbol");
        var head = PortalClient.anonymous(base());
        head.formLogin("hung.tv", DEMO_PASSWORD, null);
        assertThat(head.get(page).body()).as("the secretariat's alone").doesNotContain("correctForm");

        String[] typed = {"sender", "Thành ủy Hà Nội", "numberSymbol", "245-CV/TU", "documentDate_input", "20/03/2026",
                "typeCode_input", "CV", "summary", "Về việc báo cáo kết quả", "urgency_input", "URGENT",
                "confidentiality_input", "NONE", "medium_input", "ELECTRONIC"};
        var refused = secretariat.postFields(page, jsfForm("correctForm", "correct",
                PortalClient.viewState(form.body()), secretariat.nonce(), typed));
        assertThat(refused.body()).contains("Ngày tháng văn bản không thể sau ngày văn bản đến.").contains("245-CV/TU")
                .contains("Về việc báo cáo kết quả");
        assertThat(as("vanthu").get("api/incoming/" + id).json().getString("numberSymbol")).isEqualTo("Không số");

        typed[5] = "18/03/2026";
        var corrected = secretariat.postFields(page, jsfForm("correctForm", "correct",
                PortalClient.viewState(refused.body()), secretariat.nonce(), typed));
        assertThat(corrected.body()).contains("Đã sửa thông tin văn bản đến; kiểm tra lại rồi vào sổ.");
        JsonObject document = as("vanthu").get("api/incoming/" + id).json();
        assertThat(document.getString("numberSymbol")).isEqualTo("245-CV/TU");
        assertThat(document.getString("sender")).isEqualTo("Thành ủy Hà Nội");
        assertThat(document.getString("documentDate")).isEqualTo("2026-03-18");
        assertThat(document.getString("typeCode")).isEqualTo("CV");
        assertThat(document.getString("urgency")).isEqualTo("URGENT");

        as("vanthu").post("api/incoming/" + id + "/register", "{}");
        assertThat(secretariat.get(page).body()).as("a registered document's line stands").doesNotContain("correctForm");
    }

    @Test
    void theHeadRoutesOnTheDocumentsPageAndTheLeadHandlesItFromTheirHome() throws Exception {
        long issuerId = newIssuer();
        committeeOf(issuerId);
        String number = "15-NQ/TU-" + UUID.randomUUID().toString().substring(0, 6);
        long id = receive(as("vanthu"), fields(issuerId, "Thành ủy Hà Nội", number, "2026-03-10"), "nq.pdf",
                "application/pdf", pdf("screen handling " + number), true).json().getInt("id");
        String page = "member/incoming.xhtml?id=" + id;
        var head = PortalClient.anonymous(base());
        head.formLogin("hung.tv", DEMO_PASSWORD, null);
        var slip = head.get(page);
        assertThat(slip.status()).isEqualTo(200);
        assertThat(slip.body()).contains("Phiếu giải quyết văn bản đến").contains("Chưa giao").contains(number)
                .contains("Nguyễn Thị Lan").contains("Sổ theo dõi giải quyết");

        var early = head.postFields(page, jsfForm("routeForm", "route", PortalClient.viewState(slip.body()), head.nonce(),
                "leadUserId_input", String.valueOf(userId("lan.nt")), "deadline_input", "18/03/2026",
                "instruction", "Tham mưu kế hoạch"));
        assertThat(early.status()).isEqualTo(200);
        assertThat(early.body()).contains("Hạn giải quyết không thể trước ngày văn bản đến.");
        assertThat(as("vanthu").get("api/incoming/" + id).json().getString("status")).isEqualTo("REGISTERED");

        var routed = head.postFields(page, jsfForm("routeForm", "route", PortalClient.viewState(early.body()), head.nonce(),
                "leadUserId_input", String.valueOf(userId("lan.nt")), "deadline_input", "31/12/2099",
                "instruction", "Tham mưu kế hoạch"));
        assertThat(routed.body()).contains("Đã giao đồng chí Nguyễn Thị Lan chủ trì giải quyết văn bản.")
                .contains("31/12/2099").contains("Đang giải quyết");
        assertThat(mailsTo("lan.nt@longbien.example.vn", number)).as("a normal document is not mailed").isEmpty();

        var lead = PortalClient.anonymous(base());
        lead.formLogin("lan.nt", DEMO_PASSWORD, null);
        assertThat(lead.get("home.xhtml").body()).contains("Văn bản đến cần giải quyết").contains(number)
                .contains("member/incoming.xhtml?id=" + id);
        var mine = lead.get(page);
        assertThat(mine.body()).contains("Ghi tiến độ").contains("Hoàn thành giải quyết")
                .contains("api/incoming/" + id + "/file").doesNotContain("routeForm");
        var noted = lead.postFields(page, jsfForm("progressForm", "record", PortalClient.viewState(mine.body()),
                lead.nonce(), "note", "Đã họp chi bộ triển khai"));
        assertThat(noted.body()).contains("Đã ghi tiến độ giải quyết.").contains("Đã họp chi bộ triển khai");
        var done = lead.postFields(page, jsfForm("finishForm", "finish", PortalClient.viewState(noted.body()),
                lead.nonce(), "note", "Đã báo cáo Thường trực"));
        assertThat(done.body()).contains("Đã hoàn thành giải quyết văn bản đến.").contains("Đã giải quyết")
                .contains("Đã báo cáo Thường trực");
        assertThat(as("vanthu").get("api/incoming/" + id).json().getString("status")).isEqualTo("CLOSED");
        var register = PortalClient.anonymous(base());
        register.formLogin("vanthu", DEMO_PASSWORD, null);
        assertThat(register.get("secretariat/incoming.xhtml").body()).contains("member/incoming.xhtml?id=");
    }

    @Test
    void theLeadStartsAnAnswerWhoseIssueFillsTheRegisterAndFinishesTheHandling() {
        long issuerId = newIssuer();
        committeeOf(issuerId);
        String number = "09-NQ/TU-" + UUID.randomUUID().toString().substring(0, 6);
        long id = receive(as("vanthu"), fields(issuerId, "Thành ủy Hà Nội", number, "2026-03-10"), "nq.pdf",
                "application/pdf", pdf("answer " + number), true).json().getInt("id");
        var head = as("hung.tv");
        var lead = as("lan.nt");

        assertThat(as("son.bd").post("api/incoming/" + id + "/answer", "{}").status())
                .as("a member it is not assigned to: as if it did not exist").isEqualTo(404);
        var reader = head.post("api/incoming/" + id + "/answer", "{}");
        assertThat(reader.status()).as("the head reads it but neither handles it nor drafts").isEqualTo(403);
        assertThat(reader.code()).isEqualTo("INCOMING_ANSWER_NOT_ALLOWED");
        head.post("api/incoming/" + id + "/route", "{\"leadUserId\":%d,\"deadline\":\"2099-12-31\"}"
                .formatted(userId("lan.nt")));
        assertThat(lead.post("api/incoming/" + id + "/answer", "{\"typeCode\":\"XX\"}").code())
                .isEqualTo("DOCUMENT_TYPE_NOT_FOUND");

        var started = lead.post("api/incoming/" + id + "/answer", "{}");

        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long draftId = started.json().getInt("documentId");
        assertThat(started.header("Location")).endsWith("api/documents/" + draftId);
        assertThat(started.json().getString("editor")).isEqualTo("secretariat/document.xhtml?id=" + draftId);
        assertThat(started.json().getString("typeCode")).isEqualTo("CV");
        assertThat(started.json().getString("summary"))
                .isEqualTo("V/v trả lời Nghị quyết số " + number + " ngày 10/03/2026 của Thành ủy Hà Nội");
        var secretariat = as("vanthu");
        JsonObject draft = secretariat.get("api/documents/" + draftId).json();
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getJsonArray("relations").getValuesAs(JsonObject.class)).singleElement().satisfies(r -> {
            assertThat(r.getString("kind")).isEqualTo("ANSWERS");
            assertThat(r.getInt("incomingId")).isEqualTo((int) id);
            assertThat(r.getString("targetNumber")).isEqualTo(number);
        });
        JsonObject waiting = secretariat.get("api/incoming/" + id).json();
        assertThat(waiting.getString("status")).as("a draft does not finish the handling").isEqualTo("ROUTED");
        assertThat(waiting.get("answerNumbers")).isNull();
        assertThat(waiting.getJsonArray("answers").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(a -> assertThat(a.getString("status")).isEqualTo("DRAFT"));

        assertThat(secretariat.put("api/documents/" + draftId, """
                {"basedOnVersion":1,"summary":"%s","body":"<p>Ban Chỉ đạo trả lời như sau</p>","signerId":%d,
                 "audience":"ALL_MEMBERS","recipients":"- Thành ủy Hà Nội;\\n- Lưu VP."}"""
                .formatted(draft.getString("summary"), userId("hung.tv"))).status()).isEqualTo(200);
        assertThat(secretariat.post("api/documents/" + draftId + "/submit", "{}").status()).isEqualTo(200);
        assertThat(head.post("api/documents/" + draftId + "/approve", "{}").status()).isEqualTo(200);
        var issued = secretariat.post("api/documents/" + draftId + "/issue", "{\"issueDate\":\"2026-03-20\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        String answerNumber = issued.json().getString("number").replaceFirst("^Số:?\\s*", "");

        JsonObject answered = secretariat.get("api/incoming/" + id).json();
        assertThat(answered.getString("status")).isEqualTo("ANSWERED");
        assertThat(answered.getString("handlingState")).isEqualTo("DONE");
        assertThat(answered.getString("answerNumbers")).isEqualTo(answerNumber).startsWith("01-CV/");
        assertThat(answered.getString("finishNote")).isEqualTo("Đã trả lời bằng văn bản số " + answerNumber);
        assertThat(secretariat.get("api/incoming/register?issuerId=" + issuerId).json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).singleElement()
                .satisfies(e -> assertThat(e.getString("answerNumbers")).isEqualTo(answerNumber));
        assertThat(secretariat.get("api/incoming/register/csv?issuerId=" + issuerId).body())
                .contains("Ký nhận,Số văn bản trả lời,Ghi chú").contains(",," + answerNumber + ",");
        assertThat(lead.post("api/incoming/" + id + "/answer", "{}").code())
                .as("answered: a further answer is a new document of its own").isEqualTo("ILLEGAL_TRANSITION");
        assertThat(ids(jsonArray(lead.get("api/incoming/assigned").body()))).doesNotContain(id);
        assertThat(as("admin").get("api/admin/audit?subject=incoming:" + id).body())
                .contains("INCOMING_ANSWER_STARTED").contains("INCOMING_ANSWERED");
    }

    @Test
    void theSecretariatAnswersFromTheHandlingScreenAndLandsInTheDraftEditor() {
        long issuerId = newIssuer();
        String number = "21-CV/TU-" + UUID.randomUUID().toString().substring(0, 6);
        long id = receive(as("vanthu"), fields(issuerId, "Thành ủy Hà Nội", number, "2026-03-10"), "cv.pdf",
                "application/pdf", pdf("answer screen " + number), true).json().getInt("id");
        String page = "member/incoming.xhtml?id=" + id;
        var secretariat = PortalClient.anonymous(base());
        secretariat.formLogin("vanthu", DEMO_PASSWORD, null);
        var handling = secretariat.get(page);
        assertThat(handling.body()).contains("Soạn văn bản trả lời").contains("Chưa có văn bản trả lời.");

        var started = secretariat.postFields(page, jsfForm("answerForm", "answer",
                PortalClient.viewState(handling.body()), secretariat.nonce()));

        assertThat(started.status()).isEqualTo(302);
        String editor = started.header("Location");
        assertThat(editor).contains("secretariat/document.xhtml?id=");
        var opened = secretariat.get(editor.substring(editor.indexOf("secretariat/")));
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.body()).contains("V/v trả lời Nghị quyết số " + number).contains("Trả lời văn bản đến")
                .contains("member/incoming.xhtml?id=" + id);
        assertThat(secretariat.get(page).body()).contains("Dự thảo").doesNotContain("Chưa có văn bản trả lời.");

        var member = PortalClient.anonymous(base());
        member.formLogin("son.bd", DEMO_PASSWORD, null);
        assertThat(member.get(page).status()).isEqualTo(404);
    }

    @Test
    void theRegisterPrintsAsAPdfABookWithTheAnswerColumnAndVietnameseText() throws Exception {
        long issuerId = newIssuer();
        var secretariat = as("vanthu");
        receive(secretariat, fields(issuerId, "Thành ủy Hà Nội", "09-NQ/TU", "2026-03-10"), "nq.pdf",
                "application/pdf", pdf("book 09 " + issuerId), true);
        receive(secretariat, with(fields(issuerId, "Đảng ủy phường Long Biên", "12-BC/ĐU", "2026-03-12"),
                "arrivedAt", "2026-04-02T08:00"), "bc.pdf", "application/pdf", pdf("book 12 " + issuerId), true);

        var book = secretariat.getBytes("api/incoming/register/pdf?issuerId=" + issuerId
                + "&from=2026-03-01&to=2026-03-31");

        assertThat(book.status()).isEqualTo(200);
        assertThat(book.header("Content-Type")).startsWith("application/pdf");
        assertThat(book.header("Content-Disposition")).contains("filename*=UTF-8''");
        try (var document = org.apache.pdfbox.Loader.loadPDF(book.bytes())) {
            assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .as("PDF/A-2 like the outgoing book").contains("pdfaid:part").contains("2");
        }
        PdfTools.assumeInstalled();
        String text = PdfTools.text(book.bytes());
        assertThat(text).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN").contains("Từ ngày 01/03/2026 đến ngày 31/03/2026")
                .contains("Thành ủy Hà Nội").contains("09-NQ/TU").contains("19/03/2026").contains("Số đến")
                .as("filtered like the list: April's entry is left out").doesNotContain("12-BC/ĐU");
        assertThat(PdfTools.fonts(book.bytes())).isNotEmpty().allSatisfy(font -> assertThat(font).contains(" yes "));
        assertThat(secretariat.get("api/incoming/register/pdf?from=19-03-2026").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(as("lan.nt").get("api/incoming/register/pdf").status()).isEqualTo(403);

        var screen = PortalClient.anonymous(base());
        screen.formLogin("vanthu", DEMO_PASSWORD, null);
        assertThat(screen.get("secretariat/incoming.xhtml").body()).contains("In sổ (PDF)")
                .contains("api/incoming/register/pdf?").contains("Số văn bản trả lời");
    }

    @Test
    void theMeetingsAndTasksThatNameADocumentAreListedOnIt() {
        long issuerId = newIssuer();
        long committeeId = committeeOf(issuerId);
        String number = "09-NQ/TU-" + UUID.randomUUID().toString().substring(0, 6);
        long id = receive(as("vanthu"), fields(issuerId, "Thành ủy Hà Nội", number, "2026-03-10"), "nq.pdf",
                "application/pdf", pdf("ties " + number), true).json().getInt("id");
        var secretariat = as("vanthu");
        var scheduled = secretariat.post("api/meetings", """
                {"committeeId":%d,"kind":"QUARTERLY_REVIEW","title":"Giao ban quý I năm 2026","startsAt":"2026-03-25T08:00",
                 "endsAt":"2026-03-25T11:00","place":"Hội trường tầng 3","chairId":%d,"chairPosition":"Trưởng ban",
                 "secretaryId":%d,"secretaryPosition":"Thư ký"}""".formatted(committeeId, userId("hung.tv"), userId("lan.nt")));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        long meetingId = scheduled.json().getInt("id");
        String meeting = "api/meetings/" + meetingId;

        assertThat(secretariat.post(meeting + "/agenda", "{\"title\":\"Báo cáo\",\"incomingId\":987654321}").code())
                .isEqualTo("INCOMING_NOT_FOUND");
        var agenda = secretariat.post(meeting + "/agenda",
                "{\"title\":\"Báo cáo kết quả thực hiện Nghị quyết 09-NQ/TU quý I\",\"incomingId\":%d}".formatted(id));
        assertThat(agenda.status()).as(agenda.body()).isEqualTo(200);
        assertThat(agenda.json().getJsonArray("agenda").getValuesAs(JsonObject.class)).singleElement().satisfies(item -> {
            assertThat(item.getInt("incomingId")).isEqualTo((int) id);
            assertThat(item.getString("incomingNumber")).isEqualTo(number);
        });
        secretariat.post(meeting + "/conclusions", "{\"text\":\"Phấn đấu quý II thành lập từ 02-03 tổ chức đảng\","
                + "\"incomingId\":%d}".formatted(id));
        var concluded = secretariat.post(meeting + "/conclusions", "{\"text\":\"Khảo sát chi bộ cơ sở\"}").json();
        List<JsonObject> conclusions = concluded.getJsonArray("conclusions").getValuesAs(JsonObject.class);
        assertThat(conclusions.get(0).getInt("incomingId")).isEqualTo((int) id);
        assertThat(conclusions.get(1).get("incomingId")).isNull();
        var renamed = secretariat.put(meeting + "/conclusions/" + conclusions.get(0).getInt("id"),
                "{\"text\":\"Phấn đấu quý II thành lập từ 02–03 tổ chức đảng\",\"incomingId\":%d}".formatted(id));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        var task = secretariat.post(meeting + "/conclusions/" + conclusions.get(0).getInt("id") + "/tasks",
                "{\"text\":\"Thành lập tổ chức đảng trong doanh nghiệp\",\"responsible\":\"Các thành viên\","
                        + "\"dueDate\":\"2099-06-30\",\"targetMin\":2,\"targetMax\":3,\"targetUnit\":\"tổ chức đảng\"}");
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        secretariat.post(meeting + "/conclusions/" + conclusions.get(1).getInt("id") + "/tasks",
                "{\"text\":\"Khảo sát chi bộ\",\"dueDate\":\"2099-06-30\"}");

        JsonObject document = secretariat.get("api/incoming/" + id).json();

        assertThat(document.getJsonArray("meetings").getValuesAs(JsonObject.class)).singleElement().satisfies(m -> {
            assertThat(m.getInt("id")).isEqualTo((int) meetingId);
            assertThat(m.getString("title")).isEqualTo("Giao ban quý I năm 2026");
            assertThat(m.getJsonArray("agendaItems").toString()).isEqualTo("[1]");
            assertThat(m.getJsonArray("conclusions").toString()).isEqualTo("[1]");
        });
        assertThat(document.getJsonArray("tasks").getValuesAs(JsonObject.class)).singleElement().satisfies(t -> {
            assertThat(t.getString("text")).isEqualTo("Thành lập tổ chức đảng trong doanh nghiệp");
            assertThat(t.getInt("conclusionNumber")).isEqualTo(1);
            assertThat(t.getString("status")).isEqualTo("NOT_STARTED");
        });
        assertThat(document.getJsonArray("answers")).isEmpty();
        assertThat(secretariat.get("api/incoming?issuerId=" + issuerId).json().getJsonArray("items")
                .getJsonObject(0).containsKey("meetings")).as("lists leave the references out").isFalse();

        var screen = PortalClient.anonymous(base());
        screen.formLogin("vanthu", DEMO_PASSWORD, null);
        assertThat(screen.get("member/incoming.xhtml?id=" + id).body()).contains("Cuộc họp bàn về văn bản")
                .contains("Giao ban quý I năm 2026").contains("Thành lập tổ chức đảng trong doanh nghiệp")
                .doesNotContain("Khảo sát chi bộ <span");
        assertThat(screen.get("secretariat/meeting.xhtml?id=" + meetingId).body())
                .contains("Văn bản đến: " + number).contains("member/incoming.xhtml?id=" + id);
    }

    private JsonObject demoDocument(String query) {
        List<JsonObject> found = as("vanthu").get("api/incoming?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(found).as(query).hasSize(1);
        return as("vanthu").get("api/incoming/" + found.get(0).getInt("id")).json();
    }

    @Test
    void theDemoReceivedTheCityResolutionsItsReviewMeetingActsOnAndAnUrgentLetterNowOverdue() throws Exception {
        JsonObject nq09 = demoDocument("tăng cường lãnh đạo xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp");
        assertThat(nq09.getString("sender")).isEqualTo("Thành ủy Hà Nội");
        assertThat(nq09.getString("numberSymbol")).isEqualTo("09-NQ/TU");
        assertThat(nq09.getString("leadName")).isEqualTo("Lê Thị Thu Hà");
        assertThat(nq09.getString("status")).isEqualTo("IN_HANDLING");
        assertThat(nq09.getString("registerNotes")).contains("Dữ liệu minh họa");
        assertThat(nq09.getJsonArray("meetings").getValuesAs(JsonObject.class)).anySatisfy(m -> {
            assertThat(m.getString("title")).startsWith("Hội nghị giao ban đánh giá kết quả");
            assertThat(m.getJsonArray("agendaItems").toString()).isEqualTo("[3]");
            assertThat(m.getJsonArray("conclusions").toString()).isEqualTo("[2]");
        });
        assertThat(nq09.getJsonArray("tasks").getValuesAs(JsonObject.class)).extracting(t -> t.getString("text"))
                .contains("Vận động thành lập tổ chức đảng trong doanh nghiệp");
        JsonObject nq15 = demoDocument("Về xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh");
        assertThat(nq15.getString("numberSymbol")).isEqualTo("15-NQ/TU");
        assertThat(nq15.getJsonArray("tasks").getValuesAs(JsonObject.class)).extracting(t -> t.getString("text"))
                .containsExactly("Gắn thực hiện Nghị quyết 09-NQ/TU với Nghị quyết 15-NQ/TU");
        PdfTools.assumeInstalled();
        var file = as("lan.nt").getBytes("api/incoming/" + nq09.getInt("id") + "/file");
        assertThat(file.status()).as("she assists in handling it").isEqualTo(200);
        assertThat(PdfTools.text(file.bytes())).contains("NGHỊ QUYẾT").contains("Văn bản mô phỏng")
                .contains("THÀNH ỦY HÀ NỘI");

        JsonObject urgent = demoDocument("báo cáo nhanh số tổ chức đảng thành lập mới");
        assertThat(urgent.getString("urgency")).isEqualTo("FLASH");
        assertThat(urgent.getString("handlingState")).isEqualTo("OVERDUE");
        assertThat(urgent.getString("leadName")).isEqualTo("Nguyễn Thị Lan");
        assertThat(ids(jsonArray(as("lan.nt").get("api/incoming/assigned").body()))).contains((long) urgent.getInt("id"));
    }

    @Test
    void aConfidentialDocumentIsReadOnlyByTheSecretariatTheSignersOfItsBodyAndThoseAssigned() {
        long issuerId = newIssuer();
        String number = "03-NQ/TU-" + UUID.randomUUID().toString().substring(0, 6);
        long id = receive(as("vanthu"), with(fields(issuerId, "Thành ủy Hà Nội", number, "2026-03-10"),
                "confidentiality", "CONFIDENTIAL"), "mat.pdf", "application/pdf", pdf("secret " + number), true)
                .json().getInt("id");
        String list = "api/incoming/register?issuerId=" + issuerId;

        assertThat(as("vanthu").get("api/incoming/" + id).status()).isEqualTo(200);
        assertThat(as("vanthu").get(list).json().getInt("total")).isEqualTo(1);
        for (String stranger : new String[] {"hung.tv", "admin"}) {
            assertThat(as(stranger).get("api/incoming/" + id).status()).as(stranger).isEqualTo(404);
            assertThat(as(stranger).getBytes("api/incoming/" + id + "/file").status()).as(stranger).isEqualTo(404);
            assertThat(as(stranger).get(list).json().getInt("total")).as(stranger + " does not see it listed").isZero();
            assertThat(as(stranger).get("api/incoming/register/csv?issuerId=" + issuerId).body()).doesNotContain(number);
        }

        committeeOf(issuerId);
        assertThat(as("hung.tv").get("api/incoming/" + id).status()).as("now a signer of the body").isEqualTo(200);
        assertThat(as("hung.tv").get(list).json().getInt("total")).isEqualTo(1);
        assertThat(as("lan.nt").get("api/incoming/" + id).status()).as("a member, not assigned").isEqualTo(404);
        var routed = as("hung.tv").post("api/incoming/" + id + "/route",
                "{\"leadUserId\":%d,\"deadline\":\"2099-12-31\"}".formatted(userId("lan.nt")));
        assertThat(routed.status()).as(routed.body()).isEqualTo(200);
        assertThat(as("lan.nt").get("api/incoming/" + id).status()).as("assigned").isEqualTo(200);
        assertThat(as("lan.nt").getBytes("api/incoming/" + id + "/file").bytes()).isEqualTo(pdf("secret " + number));
        assertThat(as("admin").get("api/incoming/" + id).status()).as("still not the administrator").isEqualTo(404);
    }

    @Test
    void theLeadAndThoseAssistingAreMailedTheDayBeforeTheDeadlineOnce() throws Exception {
        long issuerId = newIssuer();
        committeeOf(issuerId);
        Helper helping = helperOn(issuerId);
        String number = "31-CV/TU-" + UUID.randomUUID().toString().substring(0, 6);
        long id = receive(as("vanthu"), fields(issuerId, "Thành ủy Hà Nội", number, "2026-03-10"), "cv.pdf",
                "application/pdf", pdf("reminder " + number), true).json().getInt("id");
        java.time.LocalDate tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1);
        var routed = as("hung.tv").post("api/incoming/" + id + "/route",
                "{\"leadUserId\":%d,\"assistingUserIds\":[%d],\"deadline\":\"%s\"}".formatted(userId("lan.nt"),
                        helping.id(), tomorrow));
        assertThat(routed.status()).as(routed.body()).isEqualTo(200);

        // The reminder timer runs every minute on the test server.
        long until = System.nanoTime() + java.time.Duration.ofSeconds(150).toNanos();
        while (mailsTo("lan.nt@longbien.example.vn", number).isEmpty() && System.nanoTime() < until) {
            Thread.sleep(2_000);
        }

        String due = "%02d/%02d/%d".formatted(tomorrow.getDayOfMonth(), tomorrow.getMonthValue(), tomorrow.getYear());
        assertThat(mailsTo("lan.nt@longbien.example.vn", number)).singleElement().asString()
                .isEqualTo("[Nhắc hạn] Văn bản đến " + number + " hết hạn giải quyết ngày " + due);
        assertThat(mailsTo(helping.username() + "@longbien.example.vn", number)).hasSize(1);
        try (var connection = PortalDatabase.open(); var query = connection.prepareStatement(
                "SELECT reminded_for FROM incoming_document WHERE id = ?")) {
            query.setLong(1, id);
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getDate(1).toLocalDate()).as("reminded once for this deadline").isEqualTo(tomorrow);
            }
        }
    }
}
