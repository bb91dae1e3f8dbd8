package vn.vanban.reports.sign.keys;

import vn.vanban.reports.sign.SigningKey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.security.auth.login.LoginException;

/**
 * A PKCS#11 token (a USB token, an HSM, SoftHSM in tests) opened through the JDK's SunPKCS11 provider and logged in
 * with the PIN: its private keys sign without leaving it. The provider is not registered with {@link Security}; the
 * {@link SigningKey}s it gives carry it instead. Open a token once and keep it while the keys are in use; closing
 * logs out.
 */
public final class Pkcs11Token implements AutoCloseable {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Provider provider;
    private final KeyStore store;

    private Pkcs11Token(Provider provider, KeyStore store) {
        this.provider = provider;
        this.store = store;
    }

    /**
     * @throws GeneralSecurityException when the library cannot be loaded, the slot has no token, or the PIN is refused
     */
    public static Pkcs11Token open(Pkcs11Configuration configuration, char[] pin) throws GeneralSecurityException {
        Provider provider = configured(configuration);
        try {
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            return new Pkcs11Token(provider, store);
        } catch (IOException e) {
            throw new GeneralSecurityException("The PKCS#11 token refused the PIN or cannot be read", e);
        }
    }

    private static Provider configured(Pkcs11Configuration configuration) throws GeneralSecurityException {
        Provider template = Security.getProvider("SunPKCS11");
        if (template == null) {
            throw new GeneralSecurityException("This Java runtime has no SunPKCS11 provider");
        }
        Path file = null;
        try {
            file = Files.createTempFile("vanban-pkcs11-", ".cfg");
            Files.writeString(file, configuration.sunPkcs11("vanban-" + INSTANCES.incrementAndGet()),
                    StandardCharsets.UTF_8);
            return template.configure(file.toString());
        } catch (IOException e) {
            throw new GeneralSecurityException("Cannot write the PKCS#11 configuration", e);
        } catch (RuntimeException e) {
            // SunPKCS11 reports a missing library or an empty slot as an unchecked ProviderException.
            throw new GeneralSecurityException("Cannot open the PKCS#11 token: " + e.getMessage(), e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** The aliases of the private keys on the token. */
    public List<String> keyAliases() throws GeneralSecurityException {
        List<String> aliases = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                aliases.add(alias);
            }
        }
        return aliases;
    }

    /** The key under {@code alias}, with the chain stored with it. */
    public SigningKey key(String alias) throws GeneralSecurityException {
        Key key = store.getKey(alias, null);
        Certificate[] chain = store.getCertificateChain(alias);
        if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0) {
            throw new GeneralSecurityException("The PKCS#11 token has no private key with a certificate under " + alias);
        }
        return new SigningKey(privateKey, Arrays.stream(chain).map(X509Certificate.class::cast).toList(), provider);
    }

    /** The token's only key, as a signer's own token has. */
    public SigningKey onlyKey() throws GeneralSecurityException {
        List<String> aliases = keyAliases();
        if (aliases.size() != 1) {
            throw new GeneralSecurityException("The PKCS#11 token holds " + aliases.size()
                    + " private keys; name the one to use: " + aliases);
        }
        return key(aliases.get(0));
    }

    /** Puts a software key and its whole chain on the token, for provisioning and tests. */
    public void store(String alias, SigningKey key) throws GeneralSecurityException {
        store.setEntry(alias, new KeyStore.PrivateKeyEntry(key.privateKey(),
                key.chain().toArray(Certificate[]::new)), null);
    }

    @Override
    public void close() throws GeneralSecurityException {
        if (provider instanceof AuthProvider authenticated) {
            try {
                authenticated.logout();
            } catch (LoginException e) {
                throw new GeneralSecurityException("Logging out of the PKCS#11 token failed", e);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover temporary file holds no secret: the PIN never goes into it.
        }
    }
}
