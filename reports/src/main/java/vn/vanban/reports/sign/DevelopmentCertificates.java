package vn.vanban.reports.sign;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A development certificate authority and the signer certificates it issues, for a portal started without real
 * key material and for tests. Every subject says DEVELOPMENT, so that nobody mistakes them for real ones.
 */
public final class DevelopmentCertificates {

    public static final String MARK = "DEVELOPMENT";
    private static final Duration VALIDITY = Duration.ofDays(3 * 365);

    private final KeyPair rootKeys;
    private final X509Certificate root;

    private DevelopmentCertificates(KeyPair rootKeys, X509Certificate root) {
        this.rootKeys = rootKeys;
        this.root = root;
    }

    /** A new root CA named after the organisation. */
    public static DevelopmentCertificates newRoot(String organisation) throws GeneralSecurityException {
        KeyPair keys = rsa();
        X500Name name = name("Văn bản " + MARK + " Root CA", organisation);
        X509Certificate certificate = certificate(name, keys, name, keys, true);
        return new DevelopmentCertificates(keys, certificate);
    }

    /** The root kept from an earlier start, to issue further signer certificates. */
    public static DevelopmentCertificates of(SigningKey root) {
        return new DevelopmentCertificates(new KeyPair(root.certificate().getPublicKey(), root.privateKey()),
                root.certificate());
    }

    /** The root's own key, for keeping it between starts. */
    public SigningKey rootKey() {
        return new SigningKey(rootKeys.getPrivate(), List.of(root));
    }

    /** A signing key for one person, certified by this root. */
    public SigningKey issueSigner(String personName, String organisation) throws GeneralSecurityException {
        KeyPair keys = rsa();
        X500Name issuer;
        try {
            issuer = new X509CertificateHolder(root.getEncoded()).getSubject();
        } catch (IOException e) {
            throw new GeneralSecurityException("Unreadable root certificate", e);
        }
        X509Certificate certificate = certificate(name(personName + " (" + MARK + ")", organisation), keys, issuer,
                rootKeys, false);
        return new SigningKey(keys.getPrivate(), List.of(certificate, root));
    }

    public X509Certificate root() {
        return root;
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072, new SecureRandom());
        return generator.generateKeyPair();
    }

    private static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.C, "VN").build();
    }

    private static X509Certificate certificate(X500Name subject, KeyPair subjectKeys, X500Name issuer,
                                               KeyPair issuerKeys, boolean authority) throws GeneralSecurityException {
        Instant now = Instant.now();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(127, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(VALIDITY)), subject, subjectKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(authority))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(authority
                            ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                            : KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(subjectKeys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException("Cannot create the development certificate", e);
        }
    }
}
