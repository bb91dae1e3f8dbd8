package vn.vanban.domain.model.incoming;

/**
 * Where the handling of an incoming document stands on a given day, as the sổ theo dõi giải quyết shows it: not yet
 * assigned (chưa giao), being handled (đang giải quyết), past its deadline and not finished (quá hạn, worked out on
 * the day, never stored), finished (đã giải quyết: answered or closed with a note).
 */
public enum HandlingState {
    UNASSIGNED,
    IN_PROGRESS,
    OVERDUE,
    DONE
}
