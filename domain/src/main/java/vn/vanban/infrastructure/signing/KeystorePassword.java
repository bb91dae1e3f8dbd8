package vn.vanban.infrastructure.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The password that protects the signing keystores in the database. Production sets {@code vanban.keystore.password}
 * (environment {@code VANBAN_KEYSTORE_PASSWORD} or a Payara password alias) identically on every instance; without
 * it, a development password is generated at first start into the server's config directory, readable by its owner
 * only, and never leaves the machine.
 */
@ApplicationScoped
public class KeystorePassword {

    @Inject
    @ConfigProperty(name = "vanban.keystore.password")
    private Optional<String> configured;

    public char[] get() {
        return configured.map(String::toCharArray).orElseGet(KeystorePassword::development);
    }

    private static synchronized char[] development() {
        Path file = Path.of(System.getProperty("com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir")),
                "config", "vanban-development-keystore.password");
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                Files.createDirectories(file.getParent());
                Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random), StandardCharsets.US_ASCII);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the development keystore password in " + file, e);
        }
    }
}
