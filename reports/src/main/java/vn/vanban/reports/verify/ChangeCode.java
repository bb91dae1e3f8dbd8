package vn.vanban.reports.verify;

/** The kind of one change made after a signature. The name is what the web API sends; never rename a value. */
public enum ChangeCode {

    /** The page draws something else: its decoded content stream(s) differ. */
    PAGE_CONTENT,
    /** What the page's content draws with (fonts, images, forms, colour spaces...) differs. */
    PAGE_RESOURCES,
    /** An annotation that is not a later signature's widget was added to the page. */
    ANNOTATION_ADDED,
    ANNOTATION_REMOVED,
    /** An annotation that was there when signing looks or acts otherwise (appearance, position, action...). */
    ANNOTATION_CHANGED,
    PAGE_ADDED,
    PAGE_REMOVED,
    /** A form field other than a later signature field was added, removed or given another value. */
    FORM_FIELD,
    /**
     * Anything else: page properties (size, crop box, rotation, page actions), or document-level entries such as an
     * opening action, document JavaScript, embedded files, outlines, or form settings.
     */
    OTHER,
    /**
     * What came after the signature could not be compared with what it signed (the signed revision does not load on
     * its own, or the file is built to make the comparison endless), so nothing can be said to be unchanged.
     */
    UNREADABLE_REVISION
}
