package vn.vanban.reports.sign.keys;

import vn.vanban.reports.RecentlyUsed;
import vn.vanban.reports.sign.SigningKey;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Signing keys as password-protected PKCS#12 keystores, the form they are stored and exchanged in. */
public final class Pkcs12 {

    private static final String ALIAS = "signing";
    private static final int UNLOCKED_KEYS = 256;
    private static final RecentlyUsed<String, SigningKey> UNLOCKED = new RecentlyUsed<>(UNLOCKED_KEYS);

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

    /**
     * The key in {@code keystore}, unlocked once per distinct keystore and password: unlocking derives the key
     * with PBKDF2 (many thousand rounds, by design slow), and a signer's keystore is unlocked for every signature.
     */
    public static SigningKey read(byte[] keystore, char[] password) throws GeneralSecurityException, IOException {
        String fingerprint = fingerprint(keystore, password);
        SigningKey known = UNLOCKED.get(fingerprint);
        if (known != null) {
            return known;
        }
        SigningKey key = unlock(keystore, password);
        UNLOCKED.put(fingerprint, key);
        return key;
    }

    private static String fingerprint(byte[] keystore, char[] password) throws NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(keystore);
        sha256.update((byte) 0);
        sha256.update(new String(password).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static SigningKey unlock(byte[] keystore, char[] password) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(keystore), password);
        String alias = store.aliases().nextElement();
        PrivateKey key = (PrivateKey) store.getKey(alias, password);
        List<X509Certificate> chain = Arrays.stream(store.getCertificateChain(alias)).map(X509Certificate.class::cast).toList();
        return new SigningKey(key, chain);
    }
}
