package vn.vanban.reports.verify;

/** The bytes are not a PDF this verifier can read: not a PDF at all, damaged, or encrypted. */
public class UnreadablePdfException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason { NOT_A_PDF, ENCRYPTED, DAMAGED }

    private final Reason reason;

    public UnreadablePdfException(Reason reason, Throwable cause) {
        super(reason.name(), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
