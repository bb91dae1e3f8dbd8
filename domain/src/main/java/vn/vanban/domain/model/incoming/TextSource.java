package vn.vanban.domain.model.incoming;

/** How the text of an incoming document was had: from a PDF's text layer, or recognised from its images. */
public enum TextSource {
    PDF_TEXT,
    OCR
}
