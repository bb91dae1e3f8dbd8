package vn.vanban.reports.sign;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A signer's private key with its certificate chain, the signer's own certificate first.
 *
 * @param provider the security provider that holds the key when it cannot leave its device (a PKCS#11 token, which
 *                 is not registered with {@link java.security.Security}); null for software keys
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain, Provider provider) {

    public SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        if (chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("A signing key needs at least its own certificate");
        }
        chain = List.copyOf(chain);
    }

    /** A software key, usable with the installed providers. */
    public SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {
        this(privateKey, chain, null);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
