package vn.vanban.reports.sign.longterm;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds the validation data of a signed PDF's signatures and document time-stamps (PAdES B-LT; ETSI EN 319 142-1,
 * 5.4.2): an incremental update that adds or extends the catalog's document security store, and changes nothing
 * else, so every earlier signature keeps covering exactly what it covered. For each signature it stores the
 * certificate chains of the signer and of the time-stamping authorities of its time-stamps, built from what the
 * signature carries and the given certificates, and the given revocation lists that come from an issuer in those
 * chains; the VRI entry of the signature names them. Revocation lists from elsewhere are stored too, unnamed, for a
 * validator that can use them.
 * <p>
 * Whether a certificate was revoked is the validator's verdict, not this class's: a list naming a signer goes in as
 * it is. Thread-safe.
 */
public final class ValidationData {

    private ValidationData() {
    }

    /**
     * @return the PDF with its validation data added; {@code signedPdf} itself when the store already holds all of it
     * @throws IllegalArgumentException when the PDF has no signature, a signature is unreadable, or a revocation list
     *                                  is not one
     */
    public static byte[] addTo(byte[] signedPdf, ValidationMaterial material) {
        List<X509CRL> revocationLists = material.parsedRevocationLists();
        try (PDDocument document = Loader.loadPDF(signedPdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                throw new IllegalArgumentException("The PDF has no signature to add validation data for");
            }
            DocumentSecurityStore store = DocumentSecurityStore.of(document);
            for (PDSignature signature : signatures) {
                describe(store, SignatureCertificates.of(signature), material, revocationLists);
            }
            for (X509Certificate certificate : material.certificates()) {
                store.addCertificate(certificate.getEncoded());
            }
            for (X509CRL list : revocationLists) {
                store.addRevocationList(list.getEncoded());
            }
            if (!store.changed()) {
                return signedPdf;
            }
            ByteArrayOutputStream updated = new ByteArrayOutputStream(signedPdf.length + 16_384);
            document.saveIncremental(updated);
            return updated.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot add the validation data", e);
        } catch (CertificateEncodingException | CRLException e) {
            throw new IllegalArgumentException("A certificate or revocation list cannot be encoded", e);
        }
    }

    /**
     * The certificates that the PDF's signatures, their signature time-stamps and its document time-stamps carry,
     * signers' and time-stamping authorities' first: those whose revocation status B-LT must answer for, and whose
     * revocation lists a caller may have to fetch. Each certificate appears once; a PDF without signatures has none.
     *
     * @throws IllegalArgumentException when a signature is unreadable
     */
    public static List<X509Certificate> certificatesIn(byte[] signedPdf) {
        try (PDDocument document = Loader.loadPDF(signedPdf)) {
            Set<X509Certificate> certificates = new LinkedHashSet<>();
            List<SignatureCertificates> signatures = new ArrayList<>();
            for (PDSignature signature : document.getSignatureDictionaries()) {
                signatures.add(SignatureCertificates.of(signature));
            }
            signatures.forEach(signature -> certificates.addAll(signature.signers()));
            signatures.forEach(signature -> certificates.addAll(signature.carried()));
            return List.copyOf(certificates);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signed PDF", e);
        }
    }

    private static void describe(DocumentSecurityStore store, SignatureCertificates signature,
                                 ValidationMaterial material, List<X509CRL> revocationLists)
            throws IOException, CertificateEncodingException, CRLException {
        List<X509Certificate> pool = new ArrayList<>(signature.carried());
        pool.addAll(material.certificates());
        CertificateChains chains = new CertificateChains(pool);
        Set<X509Certificate> certificates = new LinkedHashSet<>();
        Set<X509CRL> lists = new LinkedHashSet<>();
        for (X509Certificate signer : signature.signers()) {
            List<X509Certificate> chain = chains.of(signer);
            certificates.addAll(chain);
            revocationLists.stream().filter(list -> CertificateChains.covers(list, chain)).forEach(lists::add);
        }
        List<byte[]> certificateEncodings = new ArrayList<>();
        for (X509Certificate certificate : certificates) {
            certificateEncodings.add(certificate.getEncoded());
        }
        List<byte[]> listEncodings = new ArrayList<>();
        for (X509CRL list : lists) {
            listEncodings.add(list.getEncoded());
        }
        store.describe(signature.vriKey(), certificateEncodings, listEncodings);
    }
}
