package vn.vanban.reports.verify;

import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Optional;

/**
 * The signature-time-stamp of a CMS signer (RFC 3161 appendix A), or a document time-stamp (PAdES B-LTA), when it is
 * there and holds: its imprint is the digest of this signer's signature value, or of the bytes the document
 * time-stamp covers, and it is signed by the certificate it carries, which must be for time-stamping. Whether that
 * TSA is trusted is another question, which this portal leaves to the reader.
 */
final class SignatureTimestamps {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private SignatureTimestamps() {
    }

    static Optional<TimeStampToken> verifiedTokenOf(SignerInformation signer) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return Optional.empty();
        }
        try {
            return verified(new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0))),
                    signer.getSignature());
        } catch (Exception unusableToken) {
            return Optional.empty();
        }
    }

    /**
     * The token of a document time-stamp ({@code ETSI.RFC3161}) when it holds: its imprint is the digest of the bytes
     * its byte range covers, and it is signed by the certificate it carries.
     */
    static Optional<TimeStampToken> verifiedDocumentTimestamp(byte[] contents, byte[] signedContent) {
        try {
            return verified(new TimeStampToken(new CMSSignedData(contents)), signedContent);
        } catch (Exception unusableToken) {
            return Optional.empty();
        }
    }

    private static Optional<TimeStampToken> verified(TimeStampToken token, byte[] stamped) throws Exception {
        DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build()
                .get(token.getTimeStampInfo().getHashAlgorithm());
        try (OutputStream out = digest.getOutputStream()) {
            out.write(stamped);
        }
        if (!MessageDigest.isEqual(digest.getDigest(), token.getTimeStampInfo().getMessageImprintDigest())) {
            return Optional.empty();
        }
        Optional<X509Certificate> certificate = certificate(token);
        if (certificate.isEmpty()) {
            return Optional.empty();
        }
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificate.get()));
        return Optional.of(token);
    }

    /** The certificate that signed the token, when the token carries it. */
    static Optional<X509Certificate> certificate(TimeStampToken token) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certificates = token.getCertificates().getMatches(token.getSID());
        if (certificates.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new JcaX509CertificateConverter().getCertificate(certificates.iterator().next()));
        } catch (CertificateException unreadable) {
            return Optional.empty();
        }
    }

    static String time(TimeStampToken token) {
        return token.getTimeStampInfo().getGenTime().toInstant().atZone(VIETNAM).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String authority(TimeStampToken token) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certificates = token.getCertificates().getMatches(token.getSID());
        return certificates.iterator().next().getSubject().toString();
    }
}
