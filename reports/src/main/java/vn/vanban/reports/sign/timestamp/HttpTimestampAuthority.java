package vn.vanban.reports.sign.timestamp;

import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;

/**
 * A time-stamping authority reached over HTTP (RFC 3161 section 3.4: {@code application/timestamp-query} posted,
 * {@code application/timestamp-reply} back). Each request carries a fresh nonce and asks for the TSA's certificate;
 * the answer must match the request and be signed by a certificate with the critical time-stamping key purpose.
 * Thread-safe.
 */
public class HttpTimestampAuthority implements TimestampAuthority {

    private static final SecureRandom NONCES = new SecureRandom();

    private final URI url;
    private final Duration timeout;
    private final HttpClient client;

    /**
     * @param timeout for connecting and, separately, for the whole answer
     */
    public HttpTimestampAuthority(URI url, Duration timeout) {
        this.url = Objects.requireNonNull(url, "url");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public URI url() {
        return url;
    }

    @Override
    public byte[] timestampSha256(byte[] digest) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, digest, new BigInteger(64, NONCES));
        TimeStampResponse response = parse(post(request));
        try {
            response.validate(request);
        } catch (TSPException e) {
            throw unavailable("answered a time-stamp that does not match the request", e);
        }
        int status = response.getStatus();
        TimeStampToken token = response.getTimeStampToken();
        if (token == null || (status != PKIStatus.GRANTED && status != PKIStatus.GRANTED_WITH_MODS)) {
            throw unavailable("refused the time-stamp (status " + status + ", " + response.getStatusString()
                    + ", failure " + (response.getFailInfo() == null ? "none" : response.getFailInfo().intValue()) + ")",
                    null);
        }
        checkSignedByTimeStampingCertificate(token);
        try {
            return token.getEncoded();
        } catch (IOException e) {
            throw unavailable("answered a time-stamp that cannot be encoded", e);
        }
    }

    private byte[] post(TimeStampRequest request) {
        try {
            HttpRequest http = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/timestamp-query")
                    .header("Accept", "application/timestamp-reply")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build();
            HttpResponse<byte[]> answer = client.send(http, HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw unavailable("answered HTTP " + answer.statusCode(), null);
            }
            return answer.body();
        } catch (IOException e) {
            throw unavailable("cannot be reached (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("was not waited for: interrupted", e);
        }
    }

    private TimeStampResponse parse(byte[] body) {
        try {
            return new TimeStampResponse(body);
        } catch (TSPException | IOException | RuntimeException e) {
            throw unavailable("answered something that is not a time-stamp response", e);
        }
    }

    private void checkSignedByTimeStampingCertificate(TimeStampToken token) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> signers = token.getCertificates().getMatches(token.getSID());
        if (signers.isEmpty()) {
            throw unavailable("answered a time-stamp without its certificate", null);
        }
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(signers.iterator().next()));
        } catch (TSPException | OperatorCreationException | CertificateException e) {
            throw unavailable("answered a time-stamp that does not verify (" + e.getMessage() + ")", e);
        }
    }

    private TimestampUnavailableException unavailable(String what, Throwable cause) {
        return new TimestampUnavailableException("The time-stamping authority " + url + " " + what, cause);
    }
}
