package vn.vanban.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import vn.vanban.domain.model.account.LoginOutcome;
import vn.vanban.infrastructure.grid.BrieflyRemembered;
import vn.vanban.infrastructure.transaction.CommittedChanges;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords recently found right, so that an API client sending HTTP Basic on every request costs one PBKDF2 and one
 * locked account row per minute instead of per request (which made every download of one client wait on the last).
 * Holds a keyed fingerprint of the password, never the password; the key is made at start and never leaves memory.
 * Every password is forgotten the moment an account is changed (password, roles, disabled, locked out), again when
 * the change commits, and on the other instances of a cluster when they hear of it ({@link CommittedChanges}): such
 * changes are rare, and one check each is all they cost. A check that began before a change is not remembered: it
 * may have read the password the change replaced.
 */
@ApplicationScoped
public class VerifiedPasswords {

    static final Duration VALIDITY = Duration.ofSeconds(60);
    static final int CAPACITY = 10_000;

    private record Verified(byte[] fingerprint, LoginOutcome outcome) {
    }

    private final AtomicLong changes = new AtomicLong();
    private final BrieflyRemembered<String, Verified> verified;
    private final byte[] key = new byte[32];

    public VerifiedPasswords() {
        this(Clock.systemUTC());
    }

    VerifiedPasswords(Clock clock) {
        verified = new BrieflyRemembered<>(VALIDITY, CAPACITY, () -> Duration.ofMillis(clock.millis()).toNanos(),
                changes::get);
        new SecureRandom().nextBytes(key);
    }

    /** The outcome of the last check of exactly this password for this account, if it was right and is recent. */
    public Optional<LoginOutcome> recall(String username, String password) {
        if (password == null) {
            return Optional.empty();
        }
        return verified.find(username)
                .filter(entry -> MessageDigest.isEqual(entry.fingerprint(), fingerprint(username, password)))
                .map(Verified::outcome);
    }

    /** To hand to {@link #remember} when the password was checked: it tells whether an account changed meanwhile. */
    public long changes() {
        return changes.get();
    }

    /** Remembers a password found right by a check that began when {@link #changes} said {@code changesBefore}. */
    public void remember(String username, String password, LoginOutcome outcome, long changesBefore) {
        if (outcome.isValid() && password != null) {
            verified.keep(username, new Verified(fingerprint(username, password), outcome), changesBefore);
        }
    }

    /** {@code username}'s account changed: no password is recalled until checked again. */
    public void forget(String username) {
        changes.incrementAndGet();
    }

    private byte[] fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
