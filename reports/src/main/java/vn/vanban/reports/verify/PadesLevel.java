package vn.vanban.reports.verify;

/**
 * The PAdES baseline level a signature has in the file as it is (ETSI EN 319 142-1), each including the ones before.
 * Says what evidence the file carries, not whether that evidence is trusted: the report's other fields say that.
 * The name is what the web API sends; never rename a value.
 */
public enum PadesLevel {

    /**
     * No proven time: only the signer's claim says when, so the signature can be checked while the certificate is
     * valid.
     */
    B_B,
    /**
     * A time-stamping authority proves the signature existed at a time: a signature time-stamp, or a later document
     * time-stamp.
     */
    B_T,
    /**
     * B-T, and the file's DSS dictionary holds validation data for it: a VRI entry, or certificates with CRLs or OCSP
     * responses.
     */
    B_LT,
    /** B-LT, and a document time-stamp over a revision already holding that validation data protects all of it. */
    B_LTA
}
