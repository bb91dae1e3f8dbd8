package vn.vanban.reports.sign;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Who signs, in what capacity, where and when. The time goes into the signature dictionary ({@code /M}), in the
 * Vietnam time zone, and not into the CMS (PAdES baseline forbids the CMS signing-time attribute).
 *
 * @param certifying whether this is the first signature of a document that must allow only further signatures
 *                   (the chair's signature on minutes): a certification signature with DocMDP permission 2
 */
public record SignatureRequest(String signerName, String reason, String location, ZonedDateTime signingTime,
                               boolean certifying) {

    public SignatureRequest {
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(signingTime, "signingTime");
    }
}
