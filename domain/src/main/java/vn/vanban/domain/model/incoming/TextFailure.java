package vn.vanban.domain.model.incoming;

/** Why the text of an incoming document could not be had; each has its sentence in the bundles. */
public enum TextFailure {
    /** The recognition program is not installed where the portal runs (Debian: tesseract-ocr, tesseract-ocr-vie). */
    OCR_MISSING,
    /** The program ran and failed: its language data missing, an image it could not read. */
    OCR_FAILED,
    /** A page took longer than allowed. */
    OCR_TIMEOUT,
    /** The file could not be opened or its pages drawn. */
    FILE_UNREADABLE,
    /** Rounds that took it ended without a word, more than {@link IncomingText#MAX_ATTEMPTS} times (instances died). */
    GAVE_UP
}
