package vn.vanban.infrastructure.grid;

import java.util.Objects;
import java.util.Optional;

/**
 * What one instance of a cluster tells the others after a transaction committed, so that what they keep in memory
 * does not outlive the data it was worked out from. Sent as a short text over the data grid: no class of the
 * application has to be loaded by the grid itself. Observers receive it as a CDI event, only for messages of
 * other instances: each instance applies its own changes as it makes them.
 */
public record ClusterMessage(Kind kind, String subject) {

    public enum Kind {
        /** Entities were written: every answer cached from the database may be out of date. */
        ENTITIES_WRITTEN,
        /** An account's password, roles, enabled state or lock-out changed: {@code subject} is its user name. */
        ACCOUNT_CHANGED,
        /**
         * A user account's row was written: where its sessions stand may have changed. Sent besides
         * {@link #ENTITIES_WRITTEN}, which an instance of an older version relies on alone.
         */
        ACCOUNT_WRITTEN
    }

    private static final char SEPARATOR = ':';

    public ClusterMessage {
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? "" : subject;
    }

    public static ClusterMessage entitiesWritten() {
        return new ClusterMessage(Kind.ENTITIES_WRITTEN, "");
    }

    public static ClusterMessage accountWritten() {
        return new ClusterMessage(Kind.ACCOUNT_WRITTEN, "");
    }

    public static ClusterMessage accountChanged(String username) {
        return new ClusterMessage(Kind.ACCOUNT_CHANGED, username);
    }

    public String encode() {
        return kind.name() + SEPARATOR + subject;
    }

    /** Empty for a text this version does not understand (an instance of a newer version may send more kinds). */
    public static Optional<ClusterMessage> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int separator = text.indexOf(SEPARATOR);
        if (separator < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ClusterMessage(Kind.valueOf(text.substring(0, separator)), text.substring(separator + 1)));
        } catch (IllegalArgumentException unknownKind) {
            return Optional.empty();
        }
    }
}
