package vn.vanban.reports.sign;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/** Signing keys as password-protected PKCS#12 keystores, the form they are stored and exchanged in. */
public final class Pkcs12 {

    private static final String ALIAS = "signing";

    private Pkcs12() {
    }

    public static byte[] write(SigningKey key, char[] password) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, key.privateKey(), password, key.chain().toArray(Certificate[]::new));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password);
        return out.toByteArray();
    }

    public static SigningKey read(byte[] keystore, char[] password) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(keystore), password);
        String alias = store.aliases().nextElement();
        PrivateKey key = (PrivateKey) store.getKey(alias, password);
        List<X509Certificate> chain = Arrays.stream(store.getCertificateChain(alias)).map(X509Certificate.class::cast).toList();
        return new SigningKey(key, chain);
    }
}
