package vn.vanban.reports.sign.development;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.vanban.reports.sign.SigningKey;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A development certificate authority and the signer certificates it issues, for a portal started without real
 * key material and for tests. Every subject says DEVELOPMENT, so that nobody mistakes them for real ones.
 */
public final class DevelopmentCertificates {

    public static final String MARK = "DEVELOPMENT";
    /** Where the portal publishes its root's revocation list, below its public base address. */
    public static final String REVOCATION_LIST_PATH = "/ca/root.crl";
    /** Where the portal publishes its root certificate, below its public base address. */
    public static final String ROOT_CERTIFICATE_PATH = "/ca/root.cer";
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
        X509Certificate certificate = certificate(name, keys, name, keys, true, List.of());
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

    /**
     * A signing key for one person, certified by this root, whose certificate says nothing of where its revocation
     * status is published.
     */
    public SigningKey issueSigner(String personName, String organisation) throws GeneralSecurityException {
        return issueSigner(personName, organisation, List.of());
    }

    /**
     * A signing key for one person, certified by this root, whose certificate tells a validator that fetches
     * revocation data itself (Adobe Reader, EU DSS with online sources) where the portal publishes it: a CRL
     * distribution point {@code <publicBase>/ca/root.crl} and, in its authority information access, the root as a CA
     * issuer at {@code <publicBase>/ca/root.cer}.
     *
     * @param publicBase the portal's public address, such as {@code https://vanban.example.vn} or one with a context
     *                   path; a trailing slash is allowed
     * @throws IllegalArgumentException when {@code publicBase} is not an absolute http or https address, or has a
     *                                  query or fragment
     */
    public SigningKey issueSigner(String personName, String organisation, URI publicBase)
            throws GeneralSecurityException {
        String base = publicAddress(publicBase);
        GeneralName crl = uri(base + REVOCATION_LIST_PATH);
        GeneralName rootCertificate = uri(base + ROOT_CERTIFICATE_PATH);
        return issueSigner(personName, organisation, List.of(
                new CertificateExtension(Extension.cRLDistributionPoints, new CRLDistPoint(new DistributionPoint[]{
                        new DistributionPoint(new DistributionPointName(new GeneralNames(crl)), null, null)})),
                new CertificateExtension(Extension.authorityInfoAccess, new AuthorityInformationAccess(
                        new AccessDescription(AccessDescription.id_ad_caIssuers, rootCertificate)))));
    }

    private SigningKey issueSigner(String personName, String organisation, List<CertificateExtension> locations)
            throws GeneralSecurityException {
        KeyPair keys = signerKeys();
        X500Name issuer;
        try {
            issuer = new X509CertificateHolder(root.getEncoded()).getSubject();
        } catch (IOException e) {
            throw new GeneralSecurityException("Unreadable root certificate", e);
        }
        X509Certificate certificate = certificate(name(personName + " (" + MARK + ")", organisation), keys, issuer,
                rootKeys, false, locations);
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

    /**
     * A signer's key: ECDSA on P-256, as strong as RSA-3072 (128-bit security, NIST SP 800-57) and signing about
     * four times faster in the JDK (0.7 against 3.2 ms per signature), with a 72-byte signature instead of 384.
     * The root keeps RSA-3072: it signs only certificates and its revocation list.
     */
    private static KeyPair signerKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        return generator.generateKeyPair();
    }

    private static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.C, "VN").build();
    }

    /** The base without trailing slashes, so that the paths below it keep any context path it has. */
    private static String publicAddress(URI publicBase) {
        Objects.requireNonNull(publicBase, "publicBase");
        String scheme = publicBase.getScheme() == null ? "" : publicBase.getScheme().toLowerCase(Locale.ROOT);
        if (!publicBase.isAbsolute() || publicBase.getHost() == null
                || !(scheme.equals("http") || scheme.equals("https"))
                || publicBase.getRawQuery() != null || publicBase.getRawFragment() != null) {
            throw new IllegalArgumentException("Not an absolute http or https address without query: " + publicBase);
        }
        return publicBase.toString().replaceAll("/+$", "");
    }

    private static GeneralName uri(String address) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, address);
    }

    private static X509Certificate certificate(X500Name subject, KeyPair subjectKeys, X500Name issuer,
                                               KeyPair issuerKeys, boolean authority,
                                               List<CertificateExtension> more) throws GeneralSecurityException {
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
            for (CertificateExtension extension : more) {
                builder.addExtension(extension.identifier(), false, extension.value());
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException("Cannot create the development certificate", e);
        }
    }

    /** A non-critical extension: RFC 5280 has CRL distribution points and authority information access so. */
    private record CertificateExtension(ASN1ObjectIdentifier identifier, ASN1Encodable value) {
    }
}
