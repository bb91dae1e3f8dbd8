package vn.vanban.reports.verify;

import java.io.Serializable;
import java.time.Instant;

/**
 * What one signature of a PDF says and whether it holds.
 *
 * @param signerName          the name in the signature dictionary
 * @param certificateSubject  the signer certificate's subject
 * @param certificateIssuer   who issued that certificate
 * @param validFrom           start of the certificate's validity
 * @param validUntil          end of the certificate's validity
 * @param signingTime         the time the signer claims ({@code /M}), null when absent
 * @param subFilter           e.g. {@code ETSI.CAdES.detached}
 * @param intact              the signed bytes are unchanged and the CMS signature verifies
 * @param coversWholeDocument nothing was added to the file after this signature
 * @param trusted             the certificate chains to one of the roots the verifier trusts
 */
public record SignatureReport(String signerName, String certificateSubject, String certificateIssuer,
                              Instant validFrom, Instant validUntil, String signingTime, String subFilter,
                              boolean intact, boolean coversWholeDocument, boolean trusted) implements Serializable {
}
