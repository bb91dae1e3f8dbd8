package vn.vanban.domain.model.incoming;

import java.util.Set;

/**
 * Where an incoming document stands (Decree 30/2020, Articles 20–24): recorded on arrival, entered in the register
 * with its số đến, routed by the head with a phiếu giải quyết, being handled, then answered or closed. An answer issued
 * before the head routed it (the secretariat answering a routine request at once) finishes it from the register.
 */
public enum IncomingStatus {
    RECEIVED,
    REGISTERED,
    ROUTED,
    IN_HANDLING,
    ANSWERED,
    CLOSED;

    /** The states from which this one may be reached. */
    Set<IncomingStatus> predecessors() {
        return switch (this) {
            case RECEIVED -> Set.of();
            case REGISTERED -> Set.of(RECEIVED);
            case ROUTED -> Set.of(REGISTERED, ROUTED);
            case IN_HANDLING -> Set.of(ROUTED, IN_HANDLING);
            case ANSWERED -> Set.of(REGISTERED, ROUTED, IN_HANDLING);
            case CLOSED -> Set.of(ROUTED, IN_HANDLING);
        };
    }

    public boolean isRegistered() {
        return this != RECEIVED;
    }
}
