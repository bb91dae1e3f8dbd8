package vn.vanban.application.register;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.incoming.Confidentiality;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingFileKind;
import vn.vanban.domain.model.incoming.Medium;
import vn.vanban.domain.model.incoming.Receipt;
import vn.vanban.domain.model.incoming.Urgency;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.IssuerDetails;
import vn.vanban.domain.model.organisation.NumberingRule;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IncomingRegisterCsvTest {

    private static final Issuer BODY = new Issuer(new IssuerDetails("BAN CHỈ ĐẠO", "QUẬN ỦY LONG BIÊN", "BCĐ",
            "Long Biên", NumberingRule.PARTY_PER_TYPE_PER_TERM, LocalDate.of(2025, 10, 20), null));
    private static final DocumentType RESOLUTION = new DocumentType("NQ", "Nghị quyết", "NGHỊ QUYẾT", "<p>...</p>");

    private static IncomingDocument registered(String number, Urgency urgency, Confidentiality confidentiality,
                                               String note, int registerNumber) {
        IncomingDocument document = new IncomingDocument(BODY, RESOLUTION, new Receipt("Thành ủy Hà Nội", number,
                LocalDate.of(2026, 3, 10), "Về phát triển đảng viên, nhiệm kỳ 2025-2030", urgency, confidentiality,
                Medium.PAPER, Instant.parse("2026-03-19T02:30:00Z"), "Văn phòng", note), "a".repeat(64), "nq.pdf",
                IncomingFileKind.PDF, "vanthu");
        document.register(registerNumber, "vanthu", Instant.parse("2026-03-19T02:35:00Z"));
        return document;
    }

    @Test
    void theRegisterHasTheColumnsOfAppendixIvInExcelsUtf8() {
        String csv = IncomingRegisterCsv.of(java.util.List.of(
                registered("09-NQ/TU", Urgency.NORMAL, Confidentiality.NONE, null, 7)));

        assertThat(csv).startsWith("\uFEFFNgày đến,Số đến,Tác giả,\"Số, ký hiệu\",Ngày tháng,"
                + "Tên loại và trích yếu nội dung,Đơn vị hoặc người nhận,Ngày chuyển,Ký nhận,Số văn bản trả lời,Ghi chú\r\n");
        assertThat(csv).endsWith("19/03/2026,07,Thành ủy Hà Nội,09-NQ/TU,10/03/2026,"
                + "\"Nghị quyết: Về phát triển đảng viên, nhiệm kỳ 2025-2030\",Văn phòng,,,,\r\n");
    }

    @Test
    void theAnswerColumnShowsTheNumbersOfTheIssuedAnswers() {
        IncomingDocument document = registered("09-NQ/TU", Urgency.NORMAL, Confidentiality.NONE, null, 7);
        document.recordAnswer("Số 12-CV/BCĐ", "vanthu", Instant.parse("2026-03-20T02:00:00Z"));

        assertThat(IncomingRegisterCsv.cells(document).get(IncomingRegisterCsv.COLUMNS.indexOf("Số văn bản trả lời")))
                .isEqualTo("12-CV/BCĐ");
    }

    @Test
    void notesSayUrgencyConfidentialityAndWhichEntryADuplicateRepeats() {
        IncomingDocument original = registered("15-NQ/TU", Urgency.NORMAL, Confidentiality.NONE, null, 3);
        IncomingDocument copy = registered("Số: 15-NQ/TU", Urgency.FLASH, Confidentiality.CONFIDENTIAL,
                "Bản gửi lại\nqua bưu điện", 4);
        copy.flagAsDuplicateOf(original);

        assertThat(IncomingRegisterCsv.notes(copy)).isEqualTo("Hỏa tốc; Mật; Trùng với số đến 03/2026; Bản gửi lại qua bưu điện");
    }

    @Test
    void aCellThatExcelWouldTakeForAFormulaIsDefused() {
        assertThat(IncomingRegisterCsv.cells(registered("=HYPERLINK(\"x\")", Urgency.NORMAL, Confidentiality.NONE, null, 1)))
                .contains("=HYPERLINK(\"x\")");
        assertThat(IncomingRegisterCsv.of(java.util.List.of(registered("=HYPERLINK(\"x\")", Urgency.NORMAL,
                Confidentiality.NONE, null, 1)))).contains(",\"'=HYPERLINK(\"\"x\"\")\",");
    }
}
