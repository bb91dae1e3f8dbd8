package vn.vanban.application.register;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterCsvTest {

    @Test
    void startsWithAByteOrderMarkAndTheDecreeColumns() {
        String csv = RegisterCsv.of(List.of());

        assertThat(csv).startsWith("\uFEFFSố, ký hiệu văn bản".replace("Số, ký hiệu văn bản", "\"Số, ký hiệu văn bản\""));
        assertThat(csv).contains("Tên loại và trích yếu nội dung văn bản").endsWith("\r\n");
    }

    @Test
    void quotesCellsWithSeparatorsAndNeutralisesFormulas() {
        assertThat(RegisterCsv.quoted("Như trên, Lưu VP")).isEqualTo("\"Như trên, Lưu VP\"");
        assertThat(RegisterCsv.quoted("nói \"đồng ý\"")).isEqualTo("\"nói \"\"đồng ý\"\"\"");
        assertThat(RegisterCsv.quoted("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(RegisterCsv.quoted("- Lưu VP.")).isEqualTo("- Lưu VP.");
    }

    @Test
    void theNumberColumnDropsTheWordSo() {
        assertThat(RegisterCsv.numberAndSymbol("Số 09-TB/BCĐ")).isEqualTo("09-TB/BCĐ");
        assertThat(RegisterCsv.numberAndSymbol("Số: 09/QĐ-UBND")).isEqualTo("09/QĐ-UBND");
    }
}
