package vn.vanban.reports.sign;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;

/**
 * Certificates that name whatever CRL distribution points a test needs, with an EC key each because a test makes
 * many and RSA keys are slow to make.
 */
public final class DistributionPointCertificates {

    private DistributionPointCertificates() {
    }

    /** One distribution point whose full name lists {@code locations}, as a certificate authority writes it. */
    public static CRLDistPoint naming(String... locations) {
        GeneralName[] names = Arrays.stream(locations)
                .map(location -> new GeneralName(GeneralName.uniformResourceIdentifier, location))
                .toArray(GeneralName[]::new);
        return new CRLDistPoint(new DistributionPoint[]{
                new DistributionPoint(new DistributionPointName(new GeneralNames(names)), null, null)});
    }

    /** An end-entity certificate from {@code issuer} naming {@code locations}. */
    public static X509Certificate issuedBy(SigningKey issuer, String subject, String... locations) throws Exception {
        X509Certificate authority = issuer.certificate();
        return build(new JcaX509v3CertificateBuilder(authority, serial(), notBefore(), notAfter(),
                new X500Name("CN=" + subject + ",O=Test,C=VN"), ec().getPublic()), issuer.privateKey(), locations);
    }

    /** A root naming {@code locations}, as a few real roots do although nobody needs its status. */
    public static X509Certificate selfSigned(String subject, String... locations) throws Exception {
        KeyPair keys = ec();
        X500Name name = new X500Name("CN=" + subject + ",O=Test,C=VN");
        return build(new JcaX509v3CertificateBuilder(name, serial(), notBefore(), notAfter(), name, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true)), keys.getPrivate(),
                locations);
    }

    private static X509Certificate build(X509v3CertificateBuilder builder, PrivateKey signer, String... locations)
            throws Exception {
        if (locations.length > 0) {
            builder.addExtension(Extension.cRLDistributionPoints, false, naming(locations));
        }
        String algorithm = signer.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(algorithm).build(signer)));
    }

    private static KeyPair ec() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(127, new SecureRandom());
    }

    private static Date notBefore() {
        return Date.from(Instant.now().minus(Duration.ofDays(1)));
    }

    private static Date notAfter() {
        return Date.from(Instant.now().plus(Duration.ofDays(365)));
    }
}
