package vn.vanban.reports.sign.longterm;

import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * One signature or document time-stamp of a PDF as the document security store sees it: the key of its validation
 * related information (VRI), and the certificates whose chains a validator must build, with the certificates that
 * came with them. For a CAdES signature those are the signer's and, for each signature-time-stamp it carries, the
 * time-stamping authority's; for a document time-stamp the authority's.
 */
record SignatureCertificates(String vriKey, List<X509Certificate> signers, List<X509Certificate> carried) {

    static final String DOCUMENT_TIMESTAMP = "ETSI.RFC3161";

    SignatureCertificates {
        signers = List.copyOf(signers);
        carried = List.copyOf(carried);
    }

    /**
     * @throws IllegalArgumentException when the signature's contents are not a CMS signature or time-stamp token
     */
    static SignatureCertificates of(PDSignature signature) {
        // ISO 32000-2, 12.8.4.3: the key is the SHA-1 of the signature, which validators (Adobe's, EU DSS) take to be
        // the whole /Contents string, its zero padding included.
        byte[] contents = signature.getContents();
        List<X509Certificate> signers = new ArrayList<>();
        List<X509Certificate> carried = new ArrayList<>();
        try {
            CMSSignedData cms = new CMSSignedData(contents);
            if (DOCUMENT_TIMESTAMP.equals(signature.getSubFilter())) {
                collectTimestamp(new TimeStampToken(cms), signers, carried);
            } else {
                carried.addAll(certificates(cms.getCertificates()));
                for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
                    signers.add(signerCertificate(cms.getCertificates(), signer.getSID()));
                    for (TimeStampToken timestamp : signatureTimestamps(signer)) {
                        collectTimestamp(timestamp, signers, carried);
                    }
                }
            }
        } catch (CMSException | TSPException | IOException | CertificateException | RuntimeException e) {
            throw new IllegalArgumentException("The signature " + describe(signature)
                    + " holds no readable CMS signature or time-stamp token", e);
        }
        return new SignatureCertificates(sha1Hex(contents), signers, carried);
    }

    private static void collectTimestamp(TimeStampToken token, List<X509Certificate> signers,
                                         List<X509Certificate> carried) throws CertificateException {
        @SuppressWarnings("unchecked")
        Store<X509CertificateHolder> certificates = token.getCertificates();
        carried.addAll(certificates(certificates));
        signers.add(signerCertificate(certificates, token.getSID()));
    }

    /** The signature-time-stamp unsigned attributes (RFC 3161 appendix A); a signer may have several. */
    private static List<TimeStampToken> signatureTimestamps(SignerInformation signer)
            throws TSPException, IOException {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        List<TimeStampToken> tokens = new ArrayList<>();
        if (unsigned == null) {
            return tokens;
        }
        ASN1EncodableVector attributes = unsigned.getAll(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        for (int i = 0; i < attributes.size(); i++) {
            for (ASN1Encodable value : Attribute.getInstance(attributes.get(i)).getAttrValues()) {
                tokens.add(new TimeStampToken(ContentInfo.getInstance(value)));
            }
        }
        return tokens;
    }

    private static X509Certificate signerCertificate(Store<X509CertificateHolder> certificates, SignerId id)
            throws CertificateException {
        Collection<X509CertificateHolder> matches = certificates.getMatches(id);
        if (matches.isEmpty()) {
            throw new CertificateException("The signer's certificate is not in the signature");
        }
        return new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
    }

    private static List<X509Certificate> certificates(Store<X509CertificateHolder> store) throws CertificateException {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder holder : store.getMatches(null)) {
            certificates.add(converter.getCertificate(holder));
        }
        return certificates;
    }

    private static String sha1Hex(byte[] bytes) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-1", e);
        }
    }

    private static String describe(PDSignature signature) {
        return signature.getName() != null ? "of " + signature.getName() : "with sub-filter " + signature.getSubFilter();
    }
}
