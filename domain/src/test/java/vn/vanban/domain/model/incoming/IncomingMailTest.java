package vn.vanban.domain.model.incoming;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.IssuerDetails;
import vn.vanban.domain.model.organisation.NumberingRule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IncomingMailTest {

    private static final Issuer BODY = new Issuer(new IssuerDetails("BAN CHỈ ĐẠO", "QUẬN ỦY LONG BIÊN", "BCĐ",
            "Long Biên", NumberingRule.PARTY_PER_TYPE_PER_TERM, LocalDate.of(2025, 10, 20), null));
    private static final DocumentType LETTER = new DocumentType("CV", "Công văn", "CÔNG VĂN", "<p>...</p>");
    private static final Instant RECEIVED = Instant.parse("2026-03-17T01:15:00Z");

    @Test
    void theReceiptIsTheMailsSenderSubjectAndArrivalWithoutANumberOfItsOwn() {
        IncomingMail mail = new IncomingMail("<a@b>", "Văn phòng Thành ủy", "vp@thanhuy.example.vn",
                "Về việc gửi tài liệu", Instant.parse("2026-03-16T16:30:00Z"), RECEIVED, List.of());

        Receipt receipt = mail.receipt(Instant.parse("2026-04-01T00:00:00Z"));

        assertThat(receipt.sender()).isEqualTo("Văn phòng Thành ủy");
        assertThat(receipt.summary()).isEqualTo("Về việc gửi tài liệu");
        assertThat(receipt.numberSymbol()).isEqualTo("Không số");
        assertThat(receipt.documentDate()).as("sent on the 16th UTC, the 16th in Vietnam at 23:30")
                .isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(receipt.arrivedAt()).isEqualTo(RECEIVED);
        assertThat(receipt.medium()).isEqualTo(Medium.ELECTRONIC);
        assertThat(receipt.note()).isEqualTo("Nhận qua thư điện tử từ vp@thanhuy.example.vn");
    }

    @Test
    void withoutANameTheAddressIsTheSenderAndASentDateAfterTheArrivalIsTheArrivalDay() {
        IncomingMail mail = new IncomingMail("<a@b>", " ", "phuong@example.vn", null,
                Instant.parse("2026-03-20T00:00:00Z"), RECEIVED, null);

        Receipt receipt = mail.receipt(Instant.now());

        assertThat(receipt.sender()).isEqualTo("phuong@example.vn");
        assertThat(receipt.summary()).isEqualTo("Thư không có tiêu đề");
        assertThat(receipt.documentDate()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(mail.attachments()).isEmpty();
    }

    @Test
    void withoutAReceivedDateTheMailArrivesWhenItIsRead() {
        Instant now = Instant.parse("2026-03-18T03:00:00Z");
        IncomingMail mail = new IncomingMail("<a@b>", null, null, "Thư", null, null,
                List.of(new MailAttachment("a.pdf", new byte[]{1}), new MailAttachment(null, new byte[]{2})));

        Receipt receipt = mail.receipt(now);

        assertThat(receipt.arrivedAt()).isEqualTo(now);
        assertThat(receipt.sender()).isEqualTo("Không rõ người gửi");
        assertThat(receipt.note()).isEqualTo("Nhận qua thư điện tử");
        assertThat(mail.attachmentNames()).isEqualTo("a.pdf, ?");
    }

    @Test
    void aReceiptTakenFromTheMailboxSaysSoAndKeepsTheMessageId() {
        IncomingDocument document = new IncomingDocument(BODY, LETTER, new IncomingMail("<cv-1@thanhuy.example.vn>",
                null, "vp@thanhuy.example.vn", "Thư", null, RECEIVED, List.of()).receipt(RECEIVED), "a".repeat(64),
                "cv.pdf", IncomingFileKind.PDF, "email");
        assertThat(document.source()).isEqualTo(ReceiptSource.DESK);

        document.cameByEmail("<cv-1@thanhuy.example.vn>");

        assertThat(document.source()).isEqualTo(ReceiptSource.EMAIL);
        assertThat(document.getEmailMessageId()).isEqualTo("<cv-1@thanhuy.example.vn>");
    }
}
