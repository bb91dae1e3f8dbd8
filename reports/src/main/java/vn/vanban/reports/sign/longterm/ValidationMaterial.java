package vn.vanban.reports.sign.longterm;

import java.io.ByteArrayInputStream;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a validator needs, besides what the signatures carry, to check them when the certificate authorities can no
 * longer be asked: revocation lists and any certificate of a chain that the signatures leave out (an intermediate CA).
 * The certificates the signatures and their time-stamps carry are collected from the PDF itself.
 *
 * @param revocationLists CRLs, DER-encoded. For PAdES B-LT each must be issued after the signature it vouches for was
 *                        time-stamped: a list from before says nothing about a revocation in between
 * @param certificates    certificates the signatures do not carry; may be empty
 */
public record ValidationMaterial(List<byte[]> revocationLists, List<X509Certificate> certificates) {

    public ValidationMaterial {
        revocationLists = revocationLists.stream().map(byte[]::clone).toList();
        certificates = List.copyOf(certificates);
    }

    /** Revocation lists only: the signatures carry every certificate of their chains. */
    public static ValidationMaterial ofRevocationLists(byte[]... revocationLists) {
        return new ValidationMaterial(List.of(revocationLists), List.of());
    }

    /**
     * @throws IllegalArgumentException when one of the revocation lists is not a DER-encoded X.509 CRL
     */
    List<X509CRL> parsedRevocationLists() {
        List<X509CRL> parsed = new ArrayList<>();
        for (byte[] encoded : revocationLists) {
            try {
                parsed.add((X509CRL) x509().generateCRL(new ByteArrayInputStream(Objects.requireNonNull(encoded))));
            } catch (CRLException | RuntimeException e) {
                throw new IllegalArgumentException("Not a DER-encoded X.509 revocation list", e);
            }
        }
        return parsed;
    }

    private static CertificateFactory x509() {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("Every Java runtime has an X.509 certificate factory", e);
        }
    }
}
