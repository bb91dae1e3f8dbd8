/**
 * Signs PDFs as PAdES baseline B-B, or B-T with a time-stamping authority, visibly where the layout left the signer's
 * block: every signature is an incremental update, so an earlier signature stays intact, and nothing the CMS carries
 * contradicts PAdES (no signing-time attribute).
 */
package vn.vanban.reports.sign;
