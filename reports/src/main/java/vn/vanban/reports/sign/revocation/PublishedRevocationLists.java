package vn.vanban.reports.sign.revocation;

import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import vn.vanban.reports.sign.longterm.CertificateChains;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The revocation lists that certificate authorities publish at the CRL distribution points (RFC 5280, 4.2.1.13) of the
 * certificates they issued, fetched so that a PDF can carry them (PAdES B-LT) for certificates of authorities that
 * the portal does not run, such as an outside time-stamping authority's.
 * <p>
 * Only {@code http} and {@code https} addresses are fetched (RFC 5280 names LDAP too, which nothing here speaks). A
 * certificate needs one list: its addresses are tried in order until one gives a list, and only when none does are
 * their failures reported. Each address is fetched at most once per call, however many certificates name it; each
 * request is bounded by the connect and request timeouts, its body by a size limit, and a few redirects are
 * followed. A list is kept only when it is an X.509 CRL (DER or PEM) of the certificate's issuer, by name and, when
 * that issuer's certificate is among those given, by signature. Whether it is fresh enough, or names the
 * certificate as revoked, is the validator's verdict. Indirect lists (of another issuer, named by the distribution
 * point's cRLIssuer) are not accepted. Nothing here throws for what a server does: every failure is reported with
 * its reason in the result.
 * <p>
 * The addresses come from the certificates, so a caller should give only certificates it has reason to fetch for,
 * such as those of its own signatures and of its configured time-stamping authority. Thread-safe.
 */
public final class PublishedRevocationLists {

    /** Far beyond the largest CRLs of public CAs, which run to a few megabytes. */
    public static final long DEFAULT_SIZE_LIMIT = 10L * 1024 * 1024;

    private final RevocationListDownloads downloads;

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
        positive(connectTimeout, "connectTimeout");
        positive(requestTimeout, "requestTimeout");
        if (sizeLimit <= 0) {
            throw new IllegalArgumentException("The size limit must be positive: " + sizeLimit);
        }
        this.downloads = new RevocationListDownloads(connectTimeout, requestTimeout, sizeLimit);
    }

    /**
     * @param certificates certificates whose revocation status is wanted, in any order, duplicates allowed; the
     *                     issuers among them serve to check the lists' signatures. Self-signed roots need no list.
     */
    public FetchedRevocationLists fetchFor(Collection<X509Certificate> certificates) {
        List<X509Certificate> given = List.copyOf(new LinkedHashSet<>(certificates));
        Map<URI, RevocationListDownloads.Download> downloaded = new HashMap<>();
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
            Attempt attempt = firstListFor(certificate, locations, given, downloaded);
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
                                 Map<URI, RevocationListDownloads.Download> downloaded) {
        Map<String, String> failures = new LinkedHashMap<>();
        for (String location : locations) {
            Optional<URI> address = webAddress(location);
            if (address.isEmpty()) {
                failures.put(location, "not fetched: only valid http and https addresses are");
                continue;
            }
            RevocationListDownloads.Download download =
                    downloaded.computeIfAbsent(address.get(), downloads::download);
            Optional<String> problem = download.failure().or(() -> problemWith(download.list(), certificate, given));
            if (problem.isEmpty()) {
                return new Attempt(address.get(), download.list(), Map.of());
            }
            failures.put(location, problem.get());
        }
        return new Attempt(null, null, failures);
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
        if (!issuers.isEmpty() && issuers.stream().noneMatch(issuer -> CertificateChains.signedBy(list, issuer))) {
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
            return Optional.of(new URI(location)).filter(RevocationListDownloads::isWeb);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean selfSigned(X509Certificate certificate) {
        return CertificateChains.issued(certificate, certificate);
    }

    private static void positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }

    /** One certificate's outcome: the list and where it came from, or why each of its addresses gave none. */
    private record Attempt(URI address, X509CRL list, Map<String, String> failures) {
    }
}
