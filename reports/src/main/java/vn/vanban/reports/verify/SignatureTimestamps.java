package vn.vanban.reports.verify;

import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Optional;

/**
 * The signature-time-stamp of a CMS signer (RFC 3161 appendix A) or a document time-stamp, when it is there and
 * holds: its imprint is the digest of what it time-stamps (the signer's signature value, the document's signed
 * bytes) and it is signed by the certificate it carries, which must be for time-stamping. Whether that TSA is
 * trusted is another question, which this portal leaves to the reader.
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
            TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
            return verified(token, signer.getSignature());
        } catch (Exception unusableToken) {
            return Optional.empty();
        }
    }

    /**
     * The token of a document time-stamp ({@code /SubFilter /ETSI.RFC3161}), whose {@code /Contents} is the token
     * itself and whose imprint is the digest of the bytes its byte range covers.
     */
    static Optional<TimeStampToken> verifiedDocumentTimestamp(byte[] contents, byte[] signedContent) {
        try {
            return verified(new TimeStampToken(new CMSSignedData(contents)), signedContent);
        } catch (Exception unusableToken) {
            return Optional.empty();
        }
    }

    private static Optional<TimeStampToken> verified(TimeStampToken token, byte[] imprinted) throws Exception {
        DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build()
                .get(token.getTimeStampInfo().getHashAlgorithm());
        try (OutputStream out = digest.getOutputStream()) {
            out.write(imprinted);
        }
        if (!MessageDigest.isEqual(digest.getDigest(), token.getTimeStampInfo().getMessageImprintDigest())) {
            return Optional.empty();
        }
        X509CertificateHolder certificate = certificate(token);
        if (certificate == null) {
            return Optional.empty();
        }
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        return Optional.of(token);
    }

    /** The certificate that signed the token, when the token carries it. */
    static X509CertificateHolder certificate(TimeStampToken token) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certificates = token.getCertificates().getMatches(token.getSID());
        return certificates.isEmpty() ? null : certificates.iterator().next();
    }

    static String time(TimeStampToken token) {
        return token.getTimeStampInfo().getGenTime().toInstant().atZone(VIETNAM).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String authority(TimeStampToken token) {
        return certificate(token).getSubject().toString();
    }
}
