package vn.vanban.it.incoming;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.HostilePdfs;
import vn.vanban.it.PortalClient;
import vn.vanban.it.PortalDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mail intake: the test server polls a GreenMail IMAP mailbox (configured in the build, every two seconds).
 * A message with a PDF becomes a pending receipt marked as coming by e-mail, which the secretariat registers with
 * the next số đến; a message with only a Word file is refused with a note and not tried again; both are marked read
 * once taken, and the same message delivered again is not received twice.
 */
class EmailIntakeIT extends DeployedPortal {

    private static final String LOGIN = "vanthu-intake";
    private static final long WAIT_MS = TimeUnit.SECONDS.toMillis(60);

    private static GreenMail mailbox;
    private static GreenMailUser user;

    @BeforeAll
    static void startMailbox() {
        mailbox = new GreenMail(new ServerSetup(Integer.getInteger("vanban.it.imapPort", 28143), "127.0.0.1",
                ServerSetup.PROTOCOL_IMAP));
        mailbox.start();
        user = mailbox.setUser("vanthu@longbien.example.vn", LOGIN, "intake-secret");
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.stop();
    }

    @Test
    void aMailWithAPdfBecomesAPendingReceiptRegisteredOnConfirmationAndAWordFileIsRefusedOnce() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String pdfId = "<cv-" + suffix + "@thanhuy.example.vn>";
        String docxId = "<bc-" + suffix + "@phuong.example.vn>";
        String subject = "Công văn về kế hoạch kiểm tra " + suffix;
        user.deliver(message(pdfId, "Văn phòng Thành ủy", "vanphong@thanhuy.example.vn", subject, "cong-van.pdf",
                "application/pdf", pdf(suffix)));
        user.deliver(message(docxId, null, "phuong@phuong.example.vn", "Báo cáo quý " + suffix, "bao-cao.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx()));

        await(() -> seenCount() == 2, "both messages marked read once taken");
        long id = documentOf(pdfId);
        assertThat(refusalOf(docxId)).isEqualTo("FILE_TYPE_NOT_ALLOWED bao-cao.docx");
        assertThat(rows("SELECT COUNT(*) FROM incoming_document WHERE email_message_id = ?", docxId)).isZero();

        var secretariat = PortalClient.as(base(), "vanthu", DEMO_PASSWORD);
        JsonObject pending = secretariat.get("api/incoming/" + id).json();
        assertThat(pending.getString("source")).isEqualTo("EMAIL");
        assertThat(pending.getString("emailMessageId")).isEqualTo(pdfId);
        assertThat(pending.getString("status")).isEqualTo("RECEIVED");
        assertThat(pending.getString("sender")).isEqualTo("Văn phòng Thành ủy");
        assertThat(pending.getString("summary")).isEqualTo(subject);
        assertThat(pending.getString("numberSymbol")).isEqualTo("Không số");
        assertThat(pending.getString("medium")).isEqualTo("ELECTRONIC");
        assertThat(pending.getString("fileKind")).isEqualTo("PDF");
        assertThat(pending.getString("fileName")).isEqualTo("cong-van.pdf");
        assertThat(pending.getString("note")).isEqualTo("Nhận qua thư điện tử từ vanphong@thanhuy.example.vn");
        assertThat(pending.getString("receivedBy")).isEqualTo("email");
        assertThat(secretariat.get("api/incoming/" + id + "/file").status()).isEqualTo(200);
        assertThat(screenFilteredBy(suffix)).as("marked on the secretariat's screen").contains(subject)
                .containsPattern("status-EMAIL[^>]*>Nhận qua thư điện tử<");

        var registered = secretariat.post("api/incoming/" + id + "/register", "{}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        assertThat(registered.json().getString("status")).isEqualTo("REGISTERED");
        assertThat(registered.json().getInt("registerNumber")).isPositive();
        assertThat(registered.json().getString("source")).isEqualTo("EMAIL");

        user.deliver(message(pdfId, "Văn phòng Thành ủy", "vanphong@thanhuy.example.vn", subject, "cong-van.pdf",
                "application/pdf", pdf(suffix)));
        user.deliver(message(docxId, null, "phuong@phuong.example.vn", "Báo cáo quý " + suffix, "bao-cao.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx()));
        await(() -> seenCount() == 4, "the copies seen again are marked read too");
        assertThat(rows("SELECT COUNT(*) FROM incoming_document WHERE email_message_id = ?", pdfId)).isOne();
        assertThat(rows("SELECT COUNT(*) FROM email_intake_refusal WHERE message_id = ?", docxId)).isOne();
        assertThat(secretariat.get("api/incoming/" + id).json().getString("status")).isEqualTo("REGISTERED");
    }

    /** The secretariat's incoming screen, its register filtered by {@code text} as the filter button does. */
    private String screenFilteredBy(String text) {
        var browser = PortalClient.anonymous(base());
        browser.formLogin("vanthu", DEMO_PASSWORD, null);
        var page = browser.get("secretariat/incoming.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("registerForm", "registerForm");
        form.put("registerForm:text", text);
        form.put("registerForm:filter", "");
        form.put("jakarta.faces.ViewState", PortalClient.viewState(page.body()));
        form.put("primefaces.nonce", browser.nonce());
        var reply = browser.postFields("secretariat/incoming.xhtml", form);
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }

    private static MimeMessage message(String messageId, String name, String address, String subject,
                                       String fileName, String mediaType, byte[] content) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(name == null ? new InternetAddress(address) : new InternetAddress(address, name, "UTF-8"));
        message.setRecipients(MimeMessage.RecipientType.TO, "vanthu@longbien.example.vn");
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Kính gửi Văn phòng, xin gửi kèm văn bản.", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setContent(content, mediaType);
        file.setFileName(fileName);
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        MimeMultipart multipart = new MimeMultipart(text, file);
        message.setContent(multipart);
        message.saveChanges();
        return message;
    }

    private static byte[] pdf(String mark) {
        return HostilePdfs.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", "(" + mark + ")");
    }

    /** The first bytes of a Word file (a zip archive): what matters is that it is none of PDF, PNG, JPEG. */
    private static byte[] docx() {
        return new byte[]{'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
    }

    private static long seenCount() {
        try {
            List<StoredMessage> messages = new ArrayList<>(mailbox.getManagers().getImapHostManager().getInbox(user)
                    .getMessages());
            return messages.stream().filter(m -> m.isSet(Flags.Flag.SEEN)).count();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long documentOf(String messageId) throws SQLException {
        try (Connection db = PortalDatabase.open();
             var query = db.prepareStatement("SELECT id FROM incoming_document WHERE email_message_id = ?")) {
            query.setString(1, messageId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("a receipt for " + messageId).isTrue();
                return row.getLong(1);
            }
        }
    }

    private static String refusalOf(String messageId) throws SQLException {
        try (Connection db = PortalDatabase.open();
             var query = db.prepareStatement("SELECT reason, attachments FROM email_intake_refusal WHERE message_id = ?")) {
            query.setString(1, messageId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("a refusal noted for " + messageId).isTrue();
                return row.getString(1) + " " + row.getString(2);
            }
        }
    }

    private static long rows(String sql, String messageId) throws SQLException {
        try (Connection db = PortalDatabase.open(); var query = db.prepareStatement(sql)) {
            query.setString(1, messageId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT_MS;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as(what).isLessThan(end);
            Thread.sleep(250);
        }
    }
}
