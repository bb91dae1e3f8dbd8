package vn.vanban.domain.model.incoming;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the incoming register is narrowed to; null fields do not narrow. {@code from} and {@code to} are arrival
 * days; {@code text} searches sender, number and symbol, and summary; {@code registeredOnly} keeps what has a số đến
 * (the register proper), leaving out receipts still waiting to be registered. {@code confidentialBodies} is who may
 * see confidential documents, not a choice of the user: null keeps them all, otherwise only the confidential
 * documents received by those bodies (ids) or assigned to {@code assignee} are kept.
 */
public record IncomingFilter(Long issuerId, LocalDate from, LocalDate to, IncomingStatus status, Urgency urgency,
                             String text, boolean registeredOnly, Set<Long> confidentialBodies, String assignee) {

    /** NUL characters are dropped: PostgreSQL refuses them in a query parameter. */
    public IncomingFilter {
        text = text == null || text.isBlank() ? null : text.replace("\u0000", "");
        confidentialBodies = confidentialBodies == null ? null : Set.copyOf(confidentialBodies);
    }

    /** The filters a user chooses, every confidential document kept. */
    public IncomingFilter(Long issuerId, LocalDate from, LocalDate to, IncomingStatus status, Urgency urgency,
                          String text, boolean registeredOnly) {
        this(issuerId, from, to, status, urgency, text, registeredOnly, null, null);
    }

    /** This filter, keeping only the confidential documents of {@code bodies} or assigned to {@code username}. */
    public IncomingFilter confidentialLimitedTo(Set<Long> bodies, String username) {
        return new IncomingFilter(issuerId, from, to, status, urgency, text, registeredOnly, bodies, username);
    }

    public static IncomingFilter none() {
        return new IncomingFilter(null, null, null, null, null, null, false);
    }
}
