package vn.vanban.reports.render;

import vn.vanban.reports.sign.SignatureBox;

import java.util.Map;
import java.util.Optional;

/**
 * A rendered PDF and, when asked for, where its layout left each signer the space for the visible signature.
 *
 * @param signatureSpaces by signature block; a document without a signer's block has no entry for it
 */
public record RenderedDocument(byte[] pdf, Map<SignerSlot, SignatureBox> signatureSpaces) {

    public RenderedDocument {
        signatureSpaces = Map.copyOf(signatureSpaces);
    }

    public Optional<SignatureBox> signatureSpace(SignerSlot slot) {
        return Optional.ofNullable(signatureSpaces.get(slot));
    }
}
