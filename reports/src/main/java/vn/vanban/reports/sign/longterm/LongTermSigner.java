package vn.vanban.reports.sign.longterm;

import vn.vanban.reports.sign.timestamp.TimestampAuthority;
import vn.vanban.reports.sign.timestamp.TimestampUnavailableException;

import java.util.Objects;

/**
 * Takes signed PDFs to the PAdES baseline levels that outlast the certificates: B-LT, whose validation data is in the
 * file so that a validator needs neither the certificate authorities nor their revocation services, and B-LTA, whose
 * document time-stamp also covers that validation data, so that it can be checked after the signing algorithms or
 * the time-stamping authority's certificate have weakened or expired. Each step is an incremental update that keeps
 * every earlier signature intact. The signatures must be B-T already (time-stamped): B-LT proves the revocation
 * status after the time-stamp, not after the signer's claimed time. Thread-safe.
 */
public class LongTermSigner {

    private final DocumentTimestamper timestamper;

    /**
     * @param timestamps the authority of the document time-stamps ({@link #archive}); it may be the one that
     *                   time-stamped the signatures
     */
    public LongTermSigner(TimestampAuthority timestamps) {
        this.timestamper = new DocumentTimestamper(Objects.requireNonNull(timestamps, "timestamps"));
    }

    /**
     * PAdES B-LT: the validation data of every signature and time-stamp in the PDF, document time-stamps included,
     * collected from the file and from {@code material}.
     *
     * @param material revocation lists issued after the signatures' time-stamps, and any certificate the signatures
     *                 lack
     * @throws IllegalArgumentException when the PDF has no signature or a signature or revocation list is unreadable
     */
    public byte[] withValidationData(byte[] signedPdf, ValidationMaterial material) {
        return ValidationData.addTo(signedPdf, material);
    }

    /**
     * PAdES B-LTA from B-LT: a document time-stamp over the file with its validation data. The time-stamp's own
     * validation data (its authority's chain and revocation status) is a further {@link #withValidationData} with a
     * revocation list issued after it; without, a validator fetches that status itself.
     *
     * @throws TimestampUnavailableException when the authority gives no token
     */
    public byte[] archive(byte[] longTermPdf) {
        return timestamper.timestamp(longTermPdf);
    }

    /**
     * A fully signed file taken to B-LTA in one call, as the portal does after the last signature: its validation
     * data, a document time-stamp over it, then the time-stamp's own validation data.
     *
     * @param material revocation lists issued after the signatures' time-stamps
     * @throws TimestampUnavailableException when the authority gives no token
     */
    public byte[] completed(byte[] signedPdf, ValidationMaterial material) {
        return withValidationData(archive(withValidationData(signedPdf, material)), material);
    }
}
