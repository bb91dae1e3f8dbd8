package vn.vanban.reports.verify;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The validation data a revision's catalog holds in its DSS dictionary (ETSI EN 319 142-1, 5.4; ISO 32000-2,
 * 12.8.4.3): how many certificates and revocation answers (CRLs, OCSP responses), and for which signatures a VRI
 * entry says it has gathered them. Counted, not checked: whether they hold is the validator's question.
 *
 * @param certificates   entries of {@code /Certs}
 * @param revocationData entries of {@code /CRLs} and {@code /OCSPs}
 * @param vriKeys        the keys of {@code /VRI}, upper-case: the SHA-1 of a signature's {@code /Contents}
 */
record SecurityStoreContents(int certificates, int revocationData, Set<String> vriKeys) {

    static final SecurityStoreContents NONE = new SecurityStoreContents(0, 0, Set.of());

    SecurityStoreContents {
        vriKeys = Set.copyOf(vriKeys);
    }

    static SecurityStoreContents of(PDDocument document) {
        COSDictionary dss = RevisionComparison.dictionary(document.getDocumentCatalog().getCOSObject().getItem(COSName.DSS));
        if (dss == null) {
            return NONE;
        }
        COSDictionary vri = RevisionComparison.dictionary(dss.getItem(COSName.VRI));
        Set<String> keys = vri == null ? Set.of()
                : vri.keySet().stream().map(key -> key.getName().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        return new SecurityStoreContents(size(dss, COSName.CERTS), size(dss, COSName.CRLS) + size(dss, COSName.OCSPS), keys);
    }

    /**
     * Whether this data is meant for the signature with this {@code /Contents}: a VRI entry for it, or, as many
     * signers write no VRI, certificates with revocation data.
     */
    boolean covers(byte[] signatureContents) {
        return vriKeys.contains(sha1(signatureContents)) || vriKeys.contains(sha1(withoutPadding(signatureContents)))
                || (certificates > 0 && revocationData > 0);
    }

    private static int size(COSDictionary dss, COSName key) {
        return CosComparison.resolve(dss.getItem(key)) instanceof COSArray array ? array.size() : 0;
    }

    /**
     * The CMS of a signature as its DER header measures it, without the zeros that fill the space reserved in the
     * file; signers differ on which of the two the VRI key is the hash of.
     */
    static byte[] withoutPadding(byte[] contents) {
        if (contents.length < 2 || contents[0] != 0x30) {
            return contents;
        }
        int first = contents[1] & 0xFF;
        long length;
        int header;
        if (first < 0x80) {
            length = first;
            header = 2;
        } else {
            int lengthBytes = first & 0x7F;
            if (lengthBytes == 0 || lengthBytes > 4 || contents.length < 2 + lengthBytes) {
                return contents;
            }
            length = 0;
            for (int i = 0; i < lengthBytes; i++) {
                length = length << 8 | contents[2 + i] & 0xFF;
            }
            header = 2 + lengthBytes;
        }
        long total = header + length;
        return total <= contents.length ? Arrays.copyOf(contents, (int) total) : contents;
    }

    private static String sha1(byte[] data) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-1", e);
        }
    }
}
