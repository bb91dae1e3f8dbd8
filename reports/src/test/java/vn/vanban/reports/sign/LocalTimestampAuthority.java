package vn.vanban.reports.sign;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import vn.vanban.reports.sign.development.DevelopmentCertificates;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An RFC 3161 time-stamping authority on the loopback interface, for tests: BouncyCastle's response generator behind
 * the JDK's HTTP server, with a certificate for time-stamping (critical extended key usage) issued by the test's
 * development root. {@code /tsa} answers time-stamp queries; {@code /broken} always answers HTTP 500;
 * {@code /other} answers with a time-stamp for another digest. Its certificate may name a CRL distribution point, as
 * a real authority's does.
 */
public final class LocalTimestampAuthority implements AutoCloseable {

    private final HttpServer server;
    private final X509Certificate certificate;
    private final TimeStampResponseGenerator responses;
    private final AtomicLong serials = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();

    public LocalTimestampAuthority(DevelopmentCertificates ca) throws Exception {
        this(ca, null);
    }

    /**
     * @param revocationList where {@code ca} publishes its CRL, named in the authority's certificate; null for none
     */
    public LocalTimestampAuthority(DevelopmentCertificates ca, URI revocationList) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        certificate = tsaCertificate(ca, keys, revocationList);
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", keys.getPrivate(), certificate),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
        tokens.addCertificates(new JcaCertStore(List.of(certificate, ca.root())));
        responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);

        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", exchange -> answer(exchange, false));
        server.createContext("/other", exchange -> answer(exchange, true));
        server.createContext("/broken", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    public URI brokenUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/broken");
    }

    public URI otherDigestUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/other");
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public long answered() {
        return answered.get();
    }

    private void answer(HttpExchange exchange, boolean forAnotherDigest) throws IOException {
        try (exchange) {
            TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
            if (forAnotherDigest) {
                TimeStampRequestGenerator other = new TimeStampRequestGenerator();
                other.setCertReq(true);
                request = other.generate(TSPAlgorithms.SHA256, new byte[32], request.getNonce());
            }
            TimeStampResponse response = responses.generate(request, BigInteger.valueOf(serials.incrementAndGet()),
                    new Date());
            byte[] body = response.getEncoded();
            exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            answered.incrementAndGet();
        } catch (Exception e) {
            exchange.sendResponseHeaders(400, -1);
        }
    }

    private static X509Certificate tsaCertificate(DevelopmentCertificates ca, KeyPair keys, URI revocationList)
            throws Exception {
        Instant now = Instant.now();
        SigningKey root = ca.rootKey();
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        var builder = new JcaX509v3CertificateBuilder(root.certificate(), BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))),
                new X500Name("CN=Văn bản test TSA (" + DevelopmentCertificates.MARK + "),O=Test,C=VN"), keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(root.certificate().getPublicKey()));
        if (revocationList != null) {
            builder.addExtension(Extension.cRLDistributionPoints, false,
                    DistributionPointCertificates.naming(revocationList.toString()));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(root.privateKey())));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
