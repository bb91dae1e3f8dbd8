package vn.vanban.reports.sign;

import java.util.Objects;

/**
 * What a visible signature shows, as Decree 30/2020/NĐ-CP (appendix I) describes it: the signer's handwritten
 * signature image between the position line and the name, the organisation's seal over the left third of it, and
 * small text with the signer, the organisation and the signing time in ISO 8601 with the Vietnam offset.
 *
 * @param box            where it goes; the caller knows the layout (see {@code render.SignatureBlock})
 * @param signatureImage the signature as PNG (or any format ImageIO reads), transparent background preferred
 * @param sealImage      the seal as PNG with a transparent background; null when the signer signs without seal
 * @param organisation   the organisation named in the text; null to leave that line out
 */
public record SignatureAppearance(SignatureBox box, byte[] signatureImage, byte[] sealImage, String organisation) {

    public SignatureAppearance {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(signatureImage, "signatureImage");
    }
}
