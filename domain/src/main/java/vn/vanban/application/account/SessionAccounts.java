package vn.vanban.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.infrastructure.grid.BrieflyRemembered;
import vn.vanban.infrastructure.transaction.EntityWrites;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * What a logged-in session may still do, asked on every request: an account disabled or deleted since the login,
 * or whose password an administrator reset, ends its sessions; changed roles apply at once. Remembered briefly and
 * forgotten at any write of an account, here or on another instance ({@link EntityWrites#accountCount()}), so that
 * it costs no query per request while no account changes, however much else is written (a signature, an issue),
 * and reaches every instance within moments when one does.
 */
@ApplicationScoped
public class SessionAccounts {

    static final Duration REMEMBERED_FOR = Duration.ofSeconds(30);
    private static final int CAPACITY = 10_000;

    @Inject
    private AccountService accounts;

    private final BrieflyRemembered<String, Standing> standings =
            new BrieflyRemembered<>(REMEMBERED_FOR, CAPACITY, System::nanoTime, EntityWrites::accountCount);

    /** The account's roles and password stamp, if it exists and is enabled. */
    public Optional<Standing> standing(String username) {
        return standings.get(username, name -> accounts.findByUsername(name).filter(UserAccount::isEnabled).map(Standing::of));
    }

    /**
     * {@code passwordStamp} tells whether the password changed since a login, without keeping the password's hash
     * in a session that is copied to other servers.
     */
    public record Standing(String username, Set<Role> roles, String passwordStamp) {

        static Standing of(UserAccount account) {
            Set<Role> roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
            return new Standing(account.getUsername(), Set.copyOf(roles), stamp(account.getPasswordHash()));
        }

        static String stamp(String passwordHash) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
