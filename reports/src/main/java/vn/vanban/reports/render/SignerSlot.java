package vn.vanban.reports.render;

/** The signature blocks of a document: the signer's, and on minutes the secretary's, who signs second. */
public enum SignerSlot {
    FIRST, SECOND;

    String spaceId() {
        return "signature-space-" + name().toLowerCase();
    }

    String nameId() {
        return "signer-name-" + name().toLowerCase();
    }
}
