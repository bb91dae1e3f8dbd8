package vn.vanban.reports.verify;

import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.tsp.TimeStampToken;

import java.security.cert.X509Certificate;

/**
 * What the verifier found for one signature before its level can be told, which needs the others.
 *
 * @param end         where the revision it covers ends (exclusive); -1 when its byte range is not sane
 * @param certificate the signer's, or the time-stamping authority's for a document time-stamp; null when unreadable
 * @param intact      the signed bytes are unchanged and the signature (or document time-stamp token) verifies
 * @param timestamp   its verified signature time-stamp, or for a document time-stamp its own token; null without
 */
record ExaminedSignature(PDSignature signature, int end, X509Certificate certificate, boolean intact,
                         TimeStampToken timestamp, SignedRevisions.Revision revision) {

    static final String DOCUMENT_TIMESTAMP = "ETSI.RFC3161";

    boolean documentTimestamp() {
        return DOCUMENT_TIMESTAMP.equals(signature.getSubFilter());
    }

    /** The signature's {@code /Contents} as the dictionary holds it, zero padding included. */
    byte[] contents() {
        return signature.getContents();
    }
}
