package vn.vanban.infrastructure.ocr;

import vn.vanban.domain.model.incoming.TextFailure;

/** Recognition gave no text: why ({@link TextFailure}) and what the program said. */
public class OcrFailed extends Exception {

    private static final long serialVersionUID = 1L;

    private final TextFailure reason;

    public OcrFailed(TextFailure reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public TextFailure reason() {
        return reason;
    }
}
