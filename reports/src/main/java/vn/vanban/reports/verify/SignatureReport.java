package vn.vanban.reports.verify;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

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
 * @param timestampTime       when a time-stamping authority attested that the signature existed (PAdES B-T), ISO
 *                            8601 in Vietnam time ({@code 2026-03-19T16:30:02+07:00}); null without a time-stamp or
 *                            when it does not verify against the signature
 * @param timestampAuthority  the subject of the certificate that signed that time-stamp; null without one
 * @param modification        what was done to the file after this signature, judged on what the file shows and
 *                            not only on which bytes were appended: nothing, only further signatures and their
 *                            validation data (allowed), or a change of its content
 * @param changes             for {@link ModificationVerdict#CONTENT_CHANGED}, what changed and on which page; empty
 *                            otherwise
 * @param level               the PAdES baseline level the file gives this signature
 */
public record SignatureReport(String signerName, String certificateSubject, String certificateIssuer,
                              Instant validFrom, Instant validUntil, String signingTime, String subFilter,
                              boolean intact, boolean coversWholeDocument, boolean trusted, String timestampTime,
                              String timestampAuthority, ModificationVerdict modification, List<Change> changes,
                              PadesLevel level) implements Serializable {

    public SignatureReport {
        Objects.requireNonNull(modification, "modification");
        Objects.requireNonNull(level, "level");
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
