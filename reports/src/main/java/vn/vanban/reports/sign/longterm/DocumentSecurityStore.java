package vn.vanban.reports.sign.longterm;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The document security store of a PDF (ISO 32000-2, 12.8.4.3; ETSI EN 319 142-1, 5.4.2): certificates and
 * revocation lists as streams, each once, and per signature a validation-related-information (VRI) entry naming those
 * that belong to it. What an earlier update put there is kept and reused. Everything this class changes is marked for
 * the incremental update, and nothing else, so that the revisions the signatures cover stay byte for byte as they are.
 * <p>
 * The way the store is found or created and marked follows PDFBox's example {@code AddValidationInformation}
 * (Apache License 2.0), adapted to merging and to PDFBox 3.
 */
final class DocumentSecurityStore {

    private static final COSName CERT = COSName.getPDFName("Cert");
    private static final COSName CRL = COSName.getPDFName("CRL");

    private final COSDocument file;
    private final COSDictionary catalog;
    private final COSDictionary store;
    /**
     * The streams by the SHA-256 of their content: those already in the file as the indirect reference found there,
     * so that naming them again writes only that reference (PDFBox rewrites a stream of the file that is added to an
     * array as itself), the new ones as themselves.
     */
    private final Map<String, COSBase> certificates;
    private final Map<String, COSBase> revocationLists;
    private boolean changed;

    private DocumentSecurityStore(COSDocument file, COSDictionary catalog, COSDictionary store) throws IOException {
        this.file = file;
        this.catalog = catalog;
        this.store = store;
        this.certificates = streamsByDigest(store.getCOSArray(COSName.CERTS));
        this.revocationLists = streamsByDigest(store.getCOSArray(COSName.CRLS));
    }

    /** The document's store as it is, or an empty one that is added to the catalog only if something goes in. */
    static DocumentSecurityStore of(PDDocument document) throws IOException {
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSDictionary existing = catalog.getCOSDictionary(COSName.DSS);
        return new DocumentSecurityStore(document.getDocument(), catalog,
                existing != null ? existing : new COSDictionary());
    }

    /**
     * Adds the certificates and revocation lists that are not in the store yet, and names all of them in the VRI entry
     * {@code vriKey}, with those the entry named before.
     */
    void describe(String vriKey, Collection<byte[]> certificateEncodings, Collection<byte[]> revocationListEncodings)
            throws IOException {
        for (byte[] encoded : certificateEncodings) {
            name(vriKey, CERT, stream(COSName.CERTS, certificates, encoded));
        }
        for (byte[] encoded : revocationListEncodings) {
            name(vriKey, CRL, stream(COSName.CRLS, revocationLists, encoded));
        }
    }

    /** Adds a certificate to the store without naming it in any VRI entry. */
    void addCertificate(byte[] encoded) throws IOException {
        stream(COSName.CERTS, certificates, encoded);
    }

    /** Adds a revocation list to the store without naming it in any VRI entry. */
    void addRevocationList(byte[] encoded) throws IOException {
        stream(COSName.CRLS, revocationLists, encoded);
    }

    /** Whether anything was added; if not, the document need not be saved at all. */
    boolean changed() {
        return changed;
    }

    private COSBase stream(COSName arrayName, Map<String, COSBase> known, byte[] encoded) throws IOException {
        COSBase existing = known.get(sha256Hex(encoded));
        if (existing != null) {
            return existing;
        }
        COSStream stream = file.createCOSStream();
        // No filter: DER keys and signatures are close to random; Flate saves some 5 % on the portal's certificates and
        // lists, not worth a decoding step in every validator.
        try (OutputStream out = stream.createOutputStream()) {
            out.write(encoded);
        }
        known.put(sha256Hex(encoded), stream);
        add(array(store, arrayName), stream);
        return stream;
    }

    private void name(String vriKey, COSName arrayName, COSBase stream) {
        COSDictionary entries = dictionary(store, COSName.VRI);
        COSDictionary entry = dictionary(entries, COSName.getPDFName(vriKey));
        if (add(array(entry, arrayName), stream)) {
            // Either may be a direct object of its parent, which is then written again with it.
            entry.setNeedToBeUpdated(true);
            entries.setNeedToBeUpdated(true);
        }
    }

    /** @return whether {@code stream} was not in {@code array} yet */
    private boolean add(COSArray array, COSBase stream) {
        COSBase target = stream instanceof COSObject reference ? reference.getObject() : stream;
        for (int i = 0; i < array.size(); i++) {
            if (array.getObject(i) == target) {
                return false;
            }
        }
        array.add(stream);
        array.setNeedToBeUpdated(true);
        markStoreChanged();
        return true;
    }

    private COSArray array(COSDictionary parent, COSName name) {
        COSArray array = parent.getCOSArray(name);
        if (array == null) {
            array = new COSArray();
            parent.setItem(name, array);
            parent.setNeedToBeUpdated(true);
        }
        return array;
    }

    private COSDictionary dictionary(COSDictionary parent, COSName name) {
        COSDictionary dictionary = parent.getCOSDictionary(name);
        if (dictionary == null) {
            dictionary = new COSDictionary();
            parent.setItem(name, dictionary);
            parent.setNeedToBeUpdated(true);
        }
        return dictionary;
    }

    /**
     * Marks the path from the catalog down to the store for the update. The store itself is an indirect object, so
     * that a later update rewrites it alone and not the catalog's whole entry.
     */
    private void markStoreChanged() {
        if (changed) {
            return;
        }
        changed = true;
        if (catalog.getCOSDictionary(COSName.DSS) != store) {
            store.setDirect(false);
            catalog.setItem(COSName.DSS, store);
        }
        catalog.setNeedToBeUpdated(true);
        store.setNeedToBeUpdated(true);
    }

    private static Map<String, COSBase> streamsByDigest(COSArray array) throws IOException {
        Map<String, COSBase> streams = new HashMap<>();
        if (array == null) {
            return streams;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.getObject(i) instanceof COSStream stream) {
                try (InputStream in = stream.createInputStream()) {
                    streams.put(sha256Hex(in.readAllBytes()), array.get(i));
                }
            }
        }
        return streams;
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
