package vn.vanban.web.secretariat;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.incoming.Confidentiality;
import vn.vanban.domain.model.incoming.Medium;
import vn.vanban.domain.model.incoming.Receipt;
import vn.vanban.domain.model.incoming.Urgency;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptFormTest {

    @Test
    void theNextFormKeepsTheTypeAndMediumOfTheDocumentJustReceivedAndEmptiesTheRest() {
        ReceiptForm form = typed();

        ReceiptForm next = form.next();

        assertThat(next.getTypeCode()).isEqualTo("CV");
        assertThat(next.getMedium()).isEqualTo(Medium.ELECTRONIC);
        assertThat(next.toReceipt(null)).isEqualTo(new Receipt(null, null, null, null, Urgency.NORMAL,
                Confidentiality.NONE, Medium.ELECTRONIC, null, null, null));
    }

    @Test
    void theReceiptIsWhatWasTypedWithTheArrivalTheFormDoesNotAsk() {
        Instant arrived = Instant.parse("2026-03-17T01:15:00Z");

        assertThat(typed().toReceipt(arrived)).isEqualTo(new Receipt("Thành ủy Hà Nội", "245-CV/TU",
                LocalDate.of(2026, 3, 18), "Về việc báo cáo kết quả", Urgency.URGENT, Confidentiality.NONE,
                Medium.ELECTRONIC, arrived, "Văn phòng", "Bản chụp"));
    }

    private static ReceiptForm typed() {
        ReceiptForm form = new ReceiptForm();
        form.setTypeCode("CV");
        form.setSender("Thành ủy Hà Nội");
        form.setNumberSymbol("245-CV/TU");
        form.setDocumentDate(LocalDate.of(2026, 3, 18));
        form.setSummary("Về việc báo cáo kết quả");
        form.setUrgency(Urgency.URGENT);
        form.setMedium(Medium.ELECTRONIC);
        form.setRecipient("Văn phòng");
        form.setNote("Bản chụp");
        return form;
    }
}
