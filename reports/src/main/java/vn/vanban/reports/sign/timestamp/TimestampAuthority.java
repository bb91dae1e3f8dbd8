package vn.vanban.reports.sign.timestamp;

/**
 * A time-stamping authority (RFC 3161). With one, each signature carries a time-stamp token over its signature value
 * and becomes PAdES baseline B-T: proof that it existed at that time, which the signer's own claim ({@code /M}) is not.
 */
public interface TimestampAuthority {

    /**
     * A time-stamp token over a SHA-256 digest, DER-encoded (a CMS ContentInfo), already checked to answer this
     * request and to be signed by a certificate for time-stamping.
     *
     * @throws TimestampUnavailableException when the authority cannot be reached or refuses
     */
    byte[] timestampSha256(byte[] digest);
}
