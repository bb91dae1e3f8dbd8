package vn.vanban.reports.sign;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.vanban.reports.sign.timestamp.TimestampAuthority;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Hashtable;
import java.util.Map;

/**
 * Detached CMS signatures as PAdES baseline B-B wants them ({@code ETSI.CAdES.detached}): SHA-256, signed
 * attributes content-type, message-digest, signing-certificate-v2 (and the algorithm protection BouncyCastle adds),
 * and no signing-time attribute. With a time-stamping authority, the signature-time-stamp unsigned attribute over the
 * signature value makes it B-T.
 */
final class CadesSignatures {

    private CadesSignatures() {
    }

    static byte[] sign(byte[] content, SigningKey key, TimestampAuthority timestamps)
            throws GeneralSecurityException, IOException {
        try {
            X509Certificate certificate = key.certificate();
            String algorithm = key.privateKey().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            JcaContentSignerBuilder signers = new JcaContentSignerBuilder(algorithm);
            if (key.provider() != null) {
                signers.setProvider(key.provider());
            }
            ContentSigner signer = signers.build(key.privateKey());
            AttributeTable signingCertificate = new AttributeTable(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificateV2(certificate))));
            CMSAttributeTableGenerator attributes = new WithoutSigningTime(signingCertificate);

            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).setSignedAttributeGenerator(attributes)
                    .build(signer, new X509CertificateHolder(certificate.getEncoded())));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            return (timestamps == null ? signed : timestamped(signed, timestamps)).getEncoded();
        } catch (OperatorCreationException | CMSException e) {
            throw new GeneralSecurityException("Cannot create the CMS signature", e);
        }
    }

    /** The signature-time-stamp attribute (RFC 3161 appendix A) on the only signer, over its signature value. */
    private static CMSSignedData timestamped(CMSSignedData signed, TimestampAuthority timestamps)
            throws GeneralSecurityException, IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        byte[] token = timestamps.timestampSha256(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
        AttributeTable unsigned = new AttributeTable(new Attribute(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(ASN1Primitive.fromByteArray(token))));
        return CMSSignedData.replaceSigners(signed,
                new SignerInformationStore(SignerInformation.replaceUnsignedAttributes(signer, unsigned)));
    }

    private static SigningCertificateV2 signingCertificateV2(X509Certificate certificate)
            throws GeneralSecurityException, IOException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        X509CertificateHolder holder = new X509CertificateHolder(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())),
                holder.getSerialNumber());
        return new SigningCertificateV2(new ESSCertIDv2[]{
                new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial)});
    }

    /** BouncyCastle's default signed attributes, less signing-time. */
    private static final class WithoutSigningTime extends DefaultSignedAttributeTableGenerator {

        WithoutSigningTime(AttributeTable extra) {
            super(extra);
        }

        @Override
        @SuppressWarnings("rawtypes")
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }
}
