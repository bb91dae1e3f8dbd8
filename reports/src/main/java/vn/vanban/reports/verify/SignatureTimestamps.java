package vn.vanban.reports.verify;

import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
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
 * The signature-time-stamp of a CMS signer (RFC 3161 appendix A), when it is there and holds: its imprint is the
 * digest of this signer's signature value and it is signed by the certificate it carries, which must be for
 * time-stamping. Whether that TSA is trusted is another question, which this portal leaves to the reader.
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
            DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build()
                    .get(token.getTimeStampInfo().getHashAlgorithm());
            try (OutputStream out = digest.getOutputStream()) {
                out.write(signer.getSignature());
            }
            if (!MessageDigest.isEqual(digest.getDigest(), token.getTimeStampInfo().getMessageImprintDigest())) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certificates = token.getCertificates().getMatches(token.getSID());
            if (certificates.isEmpty()) {
                return Optional.empty();
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificates.iterator().next()));
            return Optional.of(token);
        } catch (Exception unusableToken) {
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
