package vn.vanban.reports.verify;

/**
 * What was done to a PDF after one of its signatures, judged object by object on what the final file shows: the
 * revision the signature covers against the whole file. The name is what the web API sends; never rename a value.
 */
public enum ModificationVerdict {

    /**
     * Nothing was appended after the signature, or what was appended changes nothing (an object written again as it
     * was).
     */
    NONE,

    /**
     * Only what signing adds came after it: further signed signature fields with their widgets, document
     * time-stamps and validation data (the DSS dictionary). Allowed: a second signer does exactly this.
     */
    SIGNATURES_ONLY,

    /** Something a reader sees or the form holds was changed after signing; {@link Change}s say what and where. */
    CONTENT_CHANGED
}
