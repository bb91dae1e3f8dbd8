package vn.vanban.reports.sign;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/** A signer's private key with its certificate chain, the signer's own certificate first. */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        if (chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("A signing key needs at least its own certificate");
        }
        chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
