package vn.vanban.reports.sign.longterm;

import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Certificate chains built from a pool of certificates by name and signature, not by trust: which root a validator
 * trusts is its own business; the document security store only has to hold the chain it will build.
 */
public final class CertificateChains {

    /** Far beyond any real chain; only a pool with a cycle of cross-certificates gets here. */
    private static final int LONGEST_CHAIN = 16;

    private final List<X509Certificate> pool;

    CertificateChains(Collection<X509Certificate> pool) {
        this.pool = List.copyOf(pool);
    }

    /** {@code leaf} first, then each issuer the pool has, up to a self-signed root or the first issuer it lacks. */
    List<X509Certificate> of(X509Certificate leaf) {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(leaf);
        X509Certificate current = leaf;
        while (!issued(current, current) && chain.size() < LONGEST_CHAIN) {
            Optional<X509Certificate> issuer = issuerOf(current);
            if (issuer.isEmpty() || chain.contains(issuer.get())) {
                break;
            }
            chain.add(issuer.get());
            current = issuer.get();
        }
        return chain;
    }

    /** Whether {@code list} says something about a certificate of {@code chain}: it comes from that certificate's issuer. */
    static boolean covers(X509CRL list, List<X509Certificate> chain) {
        for (int i = 0; i + 1 < chain.size(); i++) {
            X509Certificate issuer = chain.get(i + 1);
            if (list.getIssuerX500Principal().equals(issuer.getSubjectX500Principal()) && signedBy(list, issuer)) {
                return true;
            }
        }
        return false;
    }

    private Optional<X509Certificate> issuerOf(X509Certificate certificate) {
        return pool.stream().filter(candidate -> issued(candidate, certificate)).findFirst();
    }

    /** Whether {@code issuer} certified {@code subject}: the names match and its key verifies the signature. */
    public static boolean issued(X509Certificate issuer, X509Certificate subject) {
        if (!subject.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            subject.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException sameNameOtherKey) {
            return false;
        }
    }

    public static boolean signedBy(X509CRL list, X509Certificate issuer) {
        try {
            list.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException sameNameOtherKey) {
            return false;
        }
    }
}
