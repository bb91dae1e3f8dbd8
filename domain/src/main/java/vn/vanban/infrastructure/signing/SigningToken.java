package vn.vanban.infrastructure.signing;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.reports.sign.SigningKey;
import vn.vanban.reports.sign.keys.Pkcs11Configuration;
import vn.vanban.reports.sign.keys.Pkcs11Token;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signers' keys on a PKCS#11 token or HSM, through the JDK's SunPKCS11, when {@code vanban.signing.pkcs11.library}
 * names the token's library (e.g. {@code /usr/lib/softhsm/libsofthsm2.so}); {@code vanban.signing.pkcs11.slot}
 * picks the slot (the first one otherwise) and {@code vanban.signing.pkcs11.pin} is its PIN (environment variable or
 * Payara password alias, never a file in the repository). Each signer's key is stored under their username.
 * Without a library, keys come from the PKCS#12 keystores in the database.
 */
@ApplicationScoped
public class SigningToken {

    private static final Logger LOG = Logger.getLogger(SigningToken.class.getName());

    @Inject
    @ConfigProperty(name = "vanban.signing.pkcs11.library")
    private Optional<String> library;

    @Inject
    @ConfigProperty(name = "vanban.signing.pkcs11.slot")
    private Optional<Long> slot;

    @Inject
    @ConfigProperty(name = "vanban.signing.pkcs11.pin")
    private Optional<String> pin;

    private Pkcs11Token token;

    public boolean isConfigured() {
        return library.filter(path -> !path.isBlank()).isPresent();
    }

    /** The signer's key on the token; refused with SIGNING_KEY_MISSING when the token has none for them. */
    public synchronized SigningKey key(String username) {
        try {
            return open().key(username);
        } catch (GeneralSecurityException e) {
            LOG.log(Level.WARNING, "No usable key for " + username + " on the PKCS#11 token: " + e.getMessage());
            throw new DomainException(ErrorCode.SIGNING_KEY_MISSING);
        }
    }

    private Pkcs11Token open() throws GeneralSecurityException {
        if (token == null) {
            Path path = Path.of(library.orElseThrow());
            Pkcs11Configuration configuration = slot.map(id -> Pkcs11Configuration.slot(path, id))
                    .orElseGet(() -> Pkcs11Configuration.firstSlot(path));
            token = Pkcs11Token.open(configuration, pin.orElse("").toCharArray());
        }
        return token;
    }

    @PreDestroy
    synchronized void close() {
        if (token != null) {
            try {
                token.close();
            } catch (GeneralSecurityException e) {
                LOG.log(Level.WARNING, "The PKCS#11 token did not close cleanly: " + e.getMessage());
            }
            token = null;
        }
    }
}
