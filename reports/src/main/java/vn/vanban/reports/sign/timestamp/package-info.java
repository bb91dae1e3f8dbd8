/**
 * Time-stamping authorities (RFC 3161), whose tokens prove that a signature existed at a time, which the signer's own
 * claim does not. An answer is used only if it matches its request and is signed for time-stamping; otherwise nothing
 * is signed and the caller is told the authority is unavailable.
 */
package vn.vanban.reports.sign.timestamp;
