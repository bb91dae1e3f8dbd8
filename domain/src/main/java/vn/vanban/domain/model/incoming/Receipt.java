package vn.vanban.domain.model.incoming;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the secretariat records about a document that arrived: who sent it (tác giả), its own number and symbol
 * ({@code 09-NQ/TU}) and date, its type and summary (trích yếu), urgency, confidentiality, paper or electronic,
 * when it arrived, who it is for (đơn vị hoặc người nhận) and a note. Checked by {@link IncomingDocument}.
 */
public record Receipt(String sender, String numberSymbol, LocalDate documentDate, String summary, Urgency urgency,
                      Confidentiality confidentiality, Medium medium, Instant arrivedAt, String recipient,
                      String note) {
}
