package vn.vanban.domain.model.incoming;

/** Độ khẩn of a document: thường, khẩn, thượng khẩn, hỏa tốc. */
public enum Urgency {
    NORMAL,
    URGENT,
    VERY_URGENT,
    FLASH;

    /** Urgent documents are forwarded on the day they arrive, the others by the next working day. */
    public boolean isUrgent() {
        return this != NORMAL;
    }
}
