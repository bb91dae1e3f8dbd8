package vn.vanban.reports.sign.revocation;

import vn.vanban.reports.sign.longterm.ValidationMaterial;

import java.net.URI;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link PublishedRevocationLists#fetchFor} found at the certificates' CRL distribution points: the lists it
 * obtained and checked, and for everything else the reason, so that the caller can log why a signature may stay
 * below B-LT. Maps keep the order in which the certificates named the addresses.
 *
 * @param obtained                 each list obtained, by the address the certificate names (before any redirect)
 * @param failures                 for each certificate left without a list, why each of its addresses gave none, by
 *                                 the address as the certificate writes it
 * @param withoutDistributionPoint certificates, other than self-signed roots, that name no distribution point at
 *                                 all: their revocation status has to come from elsewhere
 */
public record FetchedRevocationLists(Map<URI, X509CRL> obtained, Map<String, String> failures,
                                     List<X509Certificate> withoutDistributionPoint) {

    public FetchedRevocationLists {
        obtained = Collections.unmodifiableMap(new LinkedHashMap<>(obtained));
        failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
        withoutDistributionPoint = List.copyOf(withoutDistributionPoint);
    }

    /** The lists obtained, DER-encoded (also those that came as PEM), for {@link ValidationMaterial}. */
    public List<byte[]> encoded() {
        List<byte[]> encoded = new ArrayList<>();
        for (X509CRL list : obtained.values()) {
            try {
                encoded.add(list.getEncoded());
            } catch (CRLException e) {
                throw new IllegalStateException("A list parsed from its encoding can be encoded again", e);
            }
        }
        return encoded;
    }
}
