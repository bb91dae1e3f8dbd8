package vn.vanban.domain.model.incoming;

import java.time.LocalDate;

/**
 * What the incoming register is narrowed to; null fields do not narrow. {@code from} and {@code to} are arrival
 * days; {@code text} searches sender, number and symbol, and summary; {@code registeredOnly} keeps what has a số đến
 * (the register proper), leaving out receipts still waiting to be registered.
 */
public record IncomingFilter(Long issuerId, LocalDate from, LocalDate to, IncomingStatus status, Urgency urgency,
                             String text, boolean registeredOnly) {

    /** NUL characters are dropped: PostgreSQL refuses them in a query parameter. */
    public IncomingFilter {
        text = text == null || text.isBlank() ? null : text.replace("\u0000", "");
    }

    public static IncomingFilter none() {
        return new IncomingFilter(null, null, null, null, null, null, false);
    }
}
