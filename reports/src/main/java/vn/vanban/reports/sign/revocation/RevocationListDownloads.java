package vn.vanban.reports.sign.revocation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Revocation lists downloaded over http or https, each request within its timeouts and its body within a size limit,
 * following a few redirects, and parsed as an X.509 CRL (DER or PEM). What a server does wrong comes back as the
 * reason in a {@link Download}, never as an exception. Thread-safe.
 */
final class RevocationListDownloads {

    /** Enough for a move to https and a move to another host; more is a loop or a misconfiguration. */
    static final int MOST_REDIRECTS = 3;

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final long sizeLimit;
    private final HttpClient client;

    RevocationListDownloads(Duration connectTimeout, Duration requestTimeout, long sizeLimit) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.sizeLimit = sizeLimit;
        // Redirects are followed here rather than by the client, so that their number is this class's, not a
        // system property's.
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static boolean isWeb(URI address) {
        String scheme = Optional.ofNullable(address.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && address.getHost() != null;
    }

    /** @param address an http or https address */
    Download download(URI address) {
        URI current = address;
        try {
            for (int redirects = 0; ; redirects++) {
                HttpResponse<byte[]> answer = get(current);
                int status = answer.statusCode();
                if (status == 200) {
                    return parse(answer.body());
                }
                Optional<String> location = answer.headers().firstValue("Location");
                if (!REDIRECTS.contains(status) || location.isEmpty()) {
                    return Download.failed("answered HTTP " + status);
                }
                if (redirects == MOST_REDIRECTS) {
                    return Download.failed("redirected more than " + MOST_REDIRECTS + " times");
                }
                Optional<URI> next = resolve(current, location.get());
                if (next.isEmpty()) {
                    return Download.failed("redirected to " + location.get() + ", not an http or https address");
                }
                current = next.get();
            }
        } catch (BoundedBody.TooLargeException e) {
            return Download.failed(e.getMessage());
        } catch (HttpTimeoutException | TimeoutException e) {
            return Download.failed("gave no answer in time (connect " + connectTimeout + ", request "
                    + requestTimeout + ")");
        } catch (ConnectException e) {
            return Download.failed("cannot be connected to (" + e + ")");
        } catch (IOException e) {
            return Download.failed("cannot be read (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Download.failed("was not waited for: interrupted");
        }
    }

    /**
     * The client's own request timeout stops at the answer's headers; the wait on the whole exchange also bounds a
     * body that trickles.
     */
    private HttpResponse<byte[]> get(URI address) throws IOException, InterruptedException, TimeoutException {
        HttpRequest request = HttpRequest.newBuilder(address).timeout(requestTimeout)
                .header("Accept", "application/pkix-crl, */*;q=0.1").GET().build();
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, info -> info.statusCode() == 200
                ? new BoundedBody(sizeLimit, info.headers().firstValueAsLong("Content-Length").orElse(-1))
                : BoundedBody.unread());
        try {
            return answer.get(connectTimeout.plus(requestTimeout).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            answer.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException failure) {
                throw failure;
            }
            throw new IOException(e.getCause());
        }
    }

    private static Download parse(byte[] body) {
        try {
            X509CRL list = (X509CRL) CertificateFactory.getInstance("X.509")
                    .generateCRL(new ByteArrayInputStream(body));
            return list == null ? Download.failed("answered no revocation list") : Download.of(list);
        } catch (CRLException | CertificateException | RuntimeException e) {
            return Download.failed("answered something that is not an X.509 revocation list");
        }
    }

    private static Optional<URI> resolve(URI base, String location) {
        try {
            return Optional.of(base.resolve(new URI(location))).filter(RevocationListDownloads::isWeb);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** One address's outcome: a list, or why there is none. */
    record Download(X509CRL list, Optional<String> failure) {

        static Download of(X509CRL list) {
            return new Download(list, Optional.empty());
        }

        static Download failed(String reason) {
            return new Download(null, Optional.of(reason));
        }
    }
}
