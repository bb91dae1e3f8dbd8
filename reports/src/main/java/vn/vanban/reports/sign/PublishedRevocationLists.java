package vn.vanban.reports.sign;

import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The revocation lists that certificate authorities publish at the CRL distribution points (RFC 5280, 4.2.1.13) of the
 * certificates they issued, fetched so that a PDF can carry them (PAdES B-LT) for certificates of authorities that
 * the portal does not run, such as an outside time-stamping authority's.
 * <p>
 * Only {@code http} and {@code https} addresses are fetched (RFC 5280 names LDAP too, which nothing here speaks). A
 * certificate needs one list: its addresses are tried in order until one gives a list, and only when none does are
 * their failures reported. Each address is fetched at most once per call, however many certificates name it; each
 * request is bounded by the connect and request timeouts, its body by a size limit, and at most
 * {@value #MOST_REDIRECTS} redirects are followed. A list is kept only when it is an X.509 CRL (DER or PEM) of the
 * certificate's issuer, by name and, when that issuer's certificate is among those given, by signature. Whether it
 * is fresh enough, or names the certificate as revoked, is the validator's verdict. Indirect lists (of another
 * issuer, named by the distribution point's cRLIssuer) are not accepted. Nothing here throws for what a server does:
 * every failure is reported with its reason in the result.
 * <p>
 * The addresses come from the certificates, so a caller should give only certificates it has reason to fetch for,
 * such as those of its own signatures and of its configured time-stamping authority. Thread-safe.
 */
public final class PublishedRevocationLists {

    /** Far beyond the largest CRLs of public CAs, which run to a few megabytes. */
    public static final long DEFAULT_SIZE_LIMIT = 10L * 1024 * 1024;
    /** Enough for a move to https and a move to another host; more is a loop or a misconfiguration. */
    static final int MOST_REDIRECTS = 3;

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final long sizeLimit;
    private final HttpClient client;

    /** With {@link #DEFAULT_SIZE_LIMIT}. */
    public PublishedRevocationLists(Duration connectTimeout, Duration requestTimeout) {
        this(connectTimeout, requestTimeout, DEFAULT_SIZE_LIMIT);
    }

    /**
     * @param connectTimeout for connecting to a server
     * @param requestTimeout for each request's whole answer, body included, once connected
     * @param sizeLimit      the most bytes a list may have; a larger one is refused without being read to its end
     */
    public PublishedRevocationLists(Duration connectTimeout, Duration requestTimeout, long sizeLimit) {
        this.connectTimeout = positive(connectTimeout, "connectTimeout");
        this.requestTimeout = positive(requestTimeout, "requestTimeout");
        if (sizeLimit <= 0) {
            throw new IllegalArgumentException("The size limit must be positive: " + sizeLimit);
        }
        this.sizeLimit = sizeLimit;
        // Redirects are followed here rather than by the client, so that their number is this class's, not a
        // system property's.
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * @param certificates certificates whose revocation status is wanted, in any order, duplicates allowed; the
     *                     issuers among them serve to check the lists' signatures. Self-signed roots need no list.
     */
    public FetchedRevocationLists fetchFor(Collection<X509Certificate> certificates) {
        List<X509Certificate> given = List.copyOf(new LinkedHashSet<>(certificates));
        Map<URI, Download> downloads = new HashMap<>();
        Map<URI, X509CRL> obtained = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        List<X509Certificate> withoutDistributionPoint = new ArrayList<>();
        for (X509Certificate certificate : given) {
            if (selfSigned(certificate)) {
                continue;
            }
            List<String> locations;
            try {
                locations = distributionPoints(certificate);
            } catch (IOException | RuntimeException e) {
                failures.put("distribution points of " + certificate.getSubjectX500Principal(),
                        "unreadable extension (" + e.getMessage() + ")");
                continue;
            }
            if (locations.isEmpty()) {
                withoutDistributionPoint.add(certificate);
                continue;
            }
            Attempt attempt = firstListFor(certificate, locations, given, downloads);
            if (attempt.address() != null) {
                obtained.putIfAbsent(attempt.address(), attempt.list());
            } else {
                attempt.failures().forEach(failures::putIfAbsent);
            }
        }
        return new FetchedRevocationLists(obtained, failures, withoutDistributionPoint);
    }

    /** The certificate's addresses in order, until one gives a list that speaks for it. */
    private Attempt firstListFor(X509Certificate certificate, List<String> locations, List<X509Certificate> given,
                                 Map<URI, Download> downloads) {
        Map<String, String> failures = new LinkedHashMap<>();
        for (String location : locations) {
            Optional<URI> address = webAddress(location);
            if (address.isEmpty()) {
                failures.put(location, "not fetched: only valid http and https addresses are");
                continue;
            }
            Download download = downloads.computeIfAbsent(address.get(), this::download);
            Optional<String> problem = download.failure().or(() -> problemWith(download.list(), certificate, given));
            if (problem.isEmpty()) {
                return new Attempt(address.get(), download.list(), Map.of());
            }
            failures.put(location, problem.get());
        }
        return new Attempt(null, null, failures);
    }

    private Download download(URI address) {
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

    /** Why {@code list} does not speak for {@code certificate}, if it does not. */
    private static Optional<String> problemWith(X509CRL list, X509Certificate certificate,
                                                List<X509Certificate> given) {
        if (!list.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
            return Optional.of("answered a list of " + list.getIssuerX500Principal() + ", not of "
                    + certificate.getIssuerX500Principal() + ", the issuer of " + certificate.getSubjectX500Principal());
        }
        List<X509Certificate> issuers = given.stream()
                .filter(candidate -> candidate.getSubjectX500Principal().equals(list.getIssuerX500Principal()))
                .toList();
        // An authority that renewed its key keeps its name: the list must verify with one of its keys.
        if (!issuers.isEmpty() && issuers.stream().noneMatch(issuer -> signedBy(list, issuer))) {
            return Optional.of("answered a list in the name of " + list.getIssuerX500Principal()
                    + " that its key did not sign");
        }
        return Optional.empty();
    }

    /** The full names of every distribution point, as the certificate writes them; empty without the extension. */
    private static List<String> distributionPoints(X509Certificate certificate) throws IOException {
        List<String> locations = new ArrayList<>();
        if (certificate.getExtensionValue(Extension.cRLDistributionPoints.getId()) == null) {
            return locations;
        }
        try {
            CRLDistPoint points = CRLDistPoint.fromExtensions(new JcaX509CertificateHolder(certificate).getExtensions());
            for (DistributionPoint point : points.getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name == null || name.getType() != DistributionPointName.FULL_NAME) {
                    continue;
                }
                for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
                    if (general.getTagNo() == GeneralName.uniformResourceIdentifier) {
                        locations.add(general.getName().toString());
                    }
                }
            }
        } catch (CertificateException e) {
            throw new IOException(e.getMessage(), e);
        }
        return locations;
    }

    private static Optional<URI> webAddress(String location) {
        try {
            return Optional.of(new URI(location)).filter(PublishedRevocationLists::isWeb);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<URI> resolve(URI base, String location) {
        try {
            return Optional.of(base.resolve(new URI(location))).filter(PublishedRevocationLists::isWeb);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean isWeb(URI address) {
        String scheme = Optional.ofNullable(address.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && address.getHost() != null;
    }

    private static boolean selfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException sameNameOtherKey) {
            return false;
        }
    }

    private static boolean signedBy(X509CRL list, X509Certificate issuer) {
        try {
            list.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException otherKey) {
            return false;
        }
    }

    private static Duration positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
        return duration;
    }

    /** One certificate's outcome: the list and where it came from, or why each of its addresses gave none. */
    private record Attempt(URI address, X509CRL list, Map<String, String> failures) {
    }

    /** One address's outcome: a list, or why there is none. */
    private record Download(X509CRL list, Optional<String> failure) {

        static Download of(X509CRL list) {
            return new Download(list, Optional.empty());
        }

        static Download failed(String reason) {
            return new Download(null, Optional.of(reason));
        }
    }
}
