package vn.vanban.it.incoming;

import jakarta.json.JsonObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.Multipart;
import vn.vanban.it.PortalClient;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text of incoming documents on the real EAR, with the real Tesseract: a typed PDF's text is had while it is
 * received, a scan's (an image, a PDF of images) is recognised in the background and its progress shown; search finds
 * them by a word of their text, accent-insensitively, for those who may open them and nobody else: not a member they
 * are not assigned to, not a visitor who is not signed in, a confidential one not staff outside the secretariat and the
 * receiving committee.
 */
class IncomingTextIT extends DeployedPortal {

    private static final String FONT = "liberation/LiberationSerif-Regular.ttf";
    private static final Duration RECOGNITION = Duration.ofSeconds(90);

    private PortalClient as(String username) {
        return PortalClient.as(base(), username, DEMO_PASSWORD);
    }

    /** A browser signed in through the login page, for the screens. */
    private PortalClient signedIn(String username) {
        PortalClient browser = PortalClient.anonymous(base());
        browser.formLogin(username, DEMO_PASSWORD, null);
        return browser;
    }

    @Test
    void aTypedPdfIsFoundByAWordOfItsBodyByThoseWhoMayReadItOnly() throws Exception {
        long issuerId = newIssuer();
        committeeOf(issuerId);
        String word = uniqueWord();
        byte[] pdf = typedPdf("Kế hoạch số hóa hồ sơ lưu trữ của phường Thạch Bàn",
                "Giao Văn phòng chủ trì, mã việc " + word + ", hoàn thành trong quý II");

        var received = receive(issuerId, "NONE", "kh.pdf", "application/pdf", pdf);

        assertThat(received.status()).as(received.body()).isEqualTo(201);
        long id = received.json().getInt("id");
        JsonObject text = received.json().getJsonObject("text");
        assertThat(text.getString("status")).isEqualTo("DONE");
        assertThat(text.getString("source")).isEqualTo("PDF_TEXT");
        assertThat(text.getString("link")).isEqualTo("api/incoming/" + id + "/text");
        var read = as("vanthu").get("api/incoming/" + id + "/text");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().getString("text")).contains("số hóa hồ sơ lưu trữ của phường Thạch Bàn");
        assertThat(as("lan.nt").get("api/incoming/" + id + "/text").status()).isEqualTo(404);

        String query = "so hoa thach ban " + word;
        assertThat(found(as("vanthu"), query)).as("the secretariat").containsExactly(id);
        assertThat(found(as("hung.tv"), query)).as("the head of the receiving committee").containsExactly(id);
        assertThat(found(as("admin"), query)).as("staff read what is not confidential").containsExactly(id);
        assertThat(found(as("lan.nt"), query)).as("a member it is not assigned to").isEmpty();
        assertThat(found(PortalClient.anonymous(base()), query)).as("a visitor").isEmpty();
        var page = PortalClient.anonymous(base()).get("search.xhtml?q=" + encode(query));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("incoming.xhtml?id=" + id);

        route(id, "lan.nt");

        assertThat(found(as("lan.nt"), query)).as("the member it is assigned to now").containsExactly(id);
        var hit = search(as("lan.nt"), query).getJsonArray("items").getJsonObject(0);
        assertThat(hit.getString("kind")).isEqualTo("incoming");
        assertThat(hit.getString("number")).startsWith("15-KH/");
        assertThat(hit.getString("excerpt")).isEqualTo("Đảng ủy phường Thạch Bàn");
        var memberPage = signedIn("lan.nt").get("search.xhtml?q=" + encode(query));
        assertThat(memberPage.body()).contains("member/incoming.xhtml?id=" + id).contains("Văn bản đến");
    }

    @Test
    void scansAreRecognisedInTheBackgroundWithTheirProgressThenFound() throws Exception {
        long issuerId = newIssuer();
        String number = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));

        var image = receive(issuerId, "NONE", "scan.png", "image/png",
                png(page("Thông báo về việc nạo vét kênh mương", "phường Giang Biên, hồ sơ số " + number)));
        var scannedPdf = receive(issuerId, "NONE", "scan.pdf", "application/pdf",
                imagePdf(page("Báo cáo tình hình cải tạo chung cư cũ", "phường Ngọc Thụy, hồ sơ số " + number)));

        assertThat(image.status()).as(image.body()).isEqualTo(201);
        assertThat(scannedPdf.status()).as(scannedPdf.body()).isEqualTo(201);
        assertThat(image.json().getJsonObject("text").getString("status")).isIn("PENDING", "RUNNING", "DONE");
        long imageId = image.json().getInt("id");
        long pdfId = scannedPdf.json().getInt("id");

        JsonObject imageText = recognised(imageId);
        JsonObject pdfText = recognised(pdfId);

        assertThat(imageText.getString("source")).isEqualTo("OCR");
        assertThat(imageText.getInt("pagesDone")).isEqualTo(1);
        assertThat(pdfText.getInt("pagesTotal")).isEqualTo(1);
        assertThat(fold(as("vanthu").get("api/incoming/" + imageId + "/text").json().getString("text")))
                .contains("nao vet").contains(number);
        assertThat(found(as("vanthu"), "nạo vét kênh " + number)).containsExactly(imageId);
        assertThat(found(as("vanthu"), "chung cu ngoc thuy " + number)).containsExactly(pdfId);
        assertThat(found(as("lan.nt"), "nao vet " + number)).isEmpty();
        var documentPage = signedIn("vanthu").get("member/incoming.xhtml?id=" + imageId);
        assertThat(documentPage.status()).isEqualTo(200);
        assertThat(documentPage.body()).contains("Nội dung chữ nhận dạng từ bản quét").contains("nạo vét")
                .as("the rest of the page is there too").contains("Phiếu giải quyết văn bản đến")
                .contains("Văn bản trả lời");
    }

    @Test
    void aConfidentialDocumentIsFoundOnlyByTheSecretariatTheReceivingCommitteeAndThoseAssigned() throws Exception {
        long issuerId = newIssuer();
        committeeOf(issuerId);
        String word = uniqueWord();
        var received = receive(issuerId, "CONFIDENTIAL", "mat.pdf", "application/pdf",
                typedPdf("Phương án bảo vệ bí mật nhà nước tại phường Phúc Đồng",
                        "Khẩn trương triển khai, mã việc " + word + ", báo cáo kết quả về Văn phòng"));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        long id = received.json().getInt("id");
        String query = "bi mat phuc dong " + word;

        assertThat(found(as("vanthu"), query)).containsExactly(id);
        assertThat(found(as("hung.tv"), query)).containsExactly(id);
        assertThat(found(as("admin"), query)).as("staff outside the secretariat and the committee").isEmpty();
        assertThat(found(as("lan.nt"), query)).isEmpty();
        assertThat(as("admin").get("api/incoming/" + id + "/text").status()).isEqualTo(404);

        route(id, "lan.nt");

        assertThat(found(as("lan.nt"), query)).as("assigned to her").containsExactly(id);
        assertThat(as("lan.nt").get("api/incoming/" + id + "/text").json().getString("text")).contains("Phúc Đồng");
        assertThat(found(as("admin"), query)).isEmpty();
    }

    /** Polls the document until its text is had (or failed), for at most a minute and a half; its text state. */
    private JsonObject recognised(long id) throws InterruptedException {
        Instant giveUp = Instant.now().plus(RECOGNITION);
        JsonObject text = as("vanthu").get("api/incoming/" + id).json().getJsonObject("text");
        while (List.of("PENDING", "RUNNING").contains(text.getString("status")) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(500);
            text = as("vanthu").get("api/incoming/" + id).json().getJsonObject("text");
        }
        assertThat(text.getString("status")).as(text.toString()).isEqualTo("DONE");
        return text;
    }

    private List<Long> found(PortalClient client, String query) {
        return search(client, query).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("kind").equals("incoming"))
                .map(item -> (long) item.getInt("id")).toList();
    }

    private JsonObject search(PortalClient client, String query) {
        var reply = client.get("api/search?q=" + encode(query));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private PortalClient.Reply receive(long issuerId, String confidentiality, String fileName, String fileType,
                                       byte[] file) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("issuerId", String.valueOf(issuerId));
        fields.put("typeCode", "KH");
        fields.put("sender", "Đảng ủy phường Thạch Bàn");
        fields.put("numberSymbol", "15-KH/ĐU" + UUID.randomUUID().toString().substring(0, 8));
        fields.put("documentDate", "2026-03-10");
        fields.put("summary", "Kế hoạch thực hiện nhiệm vụ quý II");
        fields.put("confidentiality", confidentiality);
        fields.put("arrivedAt", "2026-03-19T09:30");
        Multipart form = Multipart.of(fields, fileName, fileType, file);
        return as("vanthu").postBytes("api/incoming?register=true", form.contentType(), form.body());
    }

    private void route(long id, String lead) {
        var routed = as("hung.tv").post("api/incoming/" + id + "/route",
                "{\"leadUserId\":%d,\"instruction\":\"Tham mưu thực hiện\",\"deadline\":\"2026-04-30\"}"
                        .formatted(userId(lead)));
        assertThat(routed.status()).as(routed.body()).isEqualTo(200);
    }

    private long newIssuer() {
        String symbol = "T" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT).substring(0, 10);
        return newIssuer("BAN CHỈ ĐẠO TÌM VĂN BẢN ĐẾN", symbol, "2025-10-20");
    }

    /** A committee of the receiving body with hung.tv as its head (a signer) and lan.nt as a member. */
    private void committeeOf(long issuerId) {
        newCommittee("Ban đọc văn bản " + UUID.randomUUID(), issuerId,
                new String[] {"hung.tv", "Trưởng ban", "HEAD"}, new String[] {"lan.nt", "Thành viên", "MEMBER"});
    }

    /** A word no other test writes: letters only, so that it is one word of the index. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("vb");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static byte[] typedPdf(String... lines) throws Exception {
        try (PDDocument document = new PDDocument(); InputStream font = resource(FONT)) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(PDType0Font.load(document, font), 12);
                content.newLineAtOffset(72, 770);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            return save(document);
        }
    }

    /** A scanner's PDF: the picture of the page and no text layer. */
    private static byte[] imagePdf(BufferedImage picture) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float height = PDRectangle.A4.getWidth() * picture.getHeight() / picture.getWidth();
                content.drawImage(LosslessFactory.createFromImage(document, picture), 0,
                        PDRectangle.A4.getHeight() - height, PDRectangle.A4.getWidth(), height);
            }
            return save(document);
        }
    }

    /** Lines typed black on white at the size of body text scanned at 300 dpi. */
    private static BufferedImage page(String... lines) throws Exception {
        BufferedImage image = new BufferedImage(2480, 300 + 110 * lines.length, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try (InputStream font = resource(FONT)) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(Font.createFont(Font.TRUETYPE_FONT, font).deriveFont(64f));
            for (int i = 0; i < lines.length; i++) {
                g.drawString(lines[i], 150, 200 + 110 * i);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] png(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] save(PDDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static InputStream resource(String path) {
        return IncomingTextIT.class.getClassLoader().getResourceAsStream(path);
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
