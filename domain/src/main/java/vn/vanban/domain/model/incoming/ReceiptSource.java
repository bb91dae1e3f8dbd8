package vn.vanban.domain.model.incoming;

/** How a receipt reached the register: recorded by the secretariat, or taken from the intake mailbox. */
public enum ReceiptSource {
    DESK,
    EMAIL
}
