package vn.vanban.application.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import vn.vanban.application.audit.AuditTrail;
import vn.vanban.domain.model.account.LoginOutcome;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.account.UserAccountRepository;
import vn.vanban.domain.model.account.Username;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.domain.model.shared.Texts;
import vn.vanban.infrastructure.transaction.CommittedChanges;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * User accounts: creation and administration, and the checking of passwords with the lock-out rule. Passwords are
 * hashed with the server's PBKDF2 implementation; the hash records its own parameters, so stronger settings later
 * still verify old hashes.
 */
@Stateless
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 8;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private AuditTrail audit;

    @Inject
    private VerifiedPasswords verifiedPasswords;

    @Inject
    private CommittedChanges changes;

    private final Clock clock = Clock.systemUTC();

    public UserAccount create(String username, String displayName, String email, String password, Set<Role> roles) {
        String canonical = Username.of(username);
        if (accounts.findByUsername(canonical).isPresent()) {
            throw new DomainException(ErrorCode.USERNAME_TAKEN, "username");
        }
        UserAccount account = new UserAccount(canonical, displayName, email, hash(password), roles);
        accounts.add(account);
        audit.record(AuditAction.ACCOUNT_CREATED, AuditTrail.account(canonical), roleNames(roles));
        return account;
    }

    public UserAccount update(long id, String displayName, String email, Set<Role> roles) {
        UserAccount account = get(id);
        account.describe(displayName, email);
        account.grant(roles);
        changes.accountChanged(account.getUsername());
        audit.record(AuditAction.ACCOUNT_UPDATED, AuditTrail.account(account.getUsername()), roleNames(roles));
        return account;
    }

    public UserAccount resetPassword(long id, String newPassword) {
        UserAccount account = get(id);
        account.changePassword(hash(newPassword));
        changes.accountChanged(account.getUsername());
        audit.record(AuditAction.ACCOUNT_PASSWORD_RESET, AuditTrail.account(account.getUsername()), null);
        return account;
    }

    /** Disables an account; an administrator cannot disable their own, which would lock them out mid-task. */
    public UserAccount disable(long id, String actingUsername) {
        UserAccount account = get(id);
        if (account.getUsername().equals(actingUsername)) {
            throw new DomainException(ErrorCode.CANNOT_DISABLE_YOURSELF);
        }
        account.disable();
        changes.accountChanged(account.getUsername());
        audit.record(AuditAction.ACCOUNT_DISABLED, AuditTrail.account(account.getUsername()), null);
        return account;
    }

    public UserAccount enable(long id) {
        UserAccount account = get(id);
        account.enable();
        changes.accountChanged(account.getUsername());
        audit.record(AuditAction.ACCOUNT_ENABLED, AuditTrail.account(account.getUsername()), null);
        return account;
    }

    private static String roleNames(Set<Role> roles) {
        return roles == null ? null : roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }

    public UserAccount get(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException(ErrorCode.USER_NOT_FOUND));
    }

    public Optional<UserAccount> findById(long id) {
        return accounts.find(id);
    }

    public Optional<UserAccount> findByUsername(String username) {
        try {
            return accounts.findByUsername(Username.of(username));
        } catch (DomainException malformed) {
            return Optional.empty();
        }
    }

    public List<UserAccount> list(int first, int max) {
        return accounts.list(first, max);
    }

    public List<UserAccount> search(String text, int max) {
        String cleaned = Texts.clean(text);
        return cleaned == null ? List.of() : accounts.search(cleaned, max);
    }

    /** Who may be named as the signer of a document. */
    public List<UserAccount> signers() {
        return accounts.withRole(Role.SIGNER);
    }

    /** Who may be consulted on a draft. */
    public List<UserAccount> members() {
        return accounts.withRole(Role.MEMBER);
    }

    public long count() {
        return accounts.count();
    }

    /**
     * Checks a password and applies the lock-out rule. The account row is locked for the duration, so that
     * concurrent wrong passwords are each counted. A locked account answers LOCKED without looking at the password,
     * so that guessing goes on being useless until the lock expires.
     */
    public LoginOutcome login(String username, String password) {
        String canonical;
        try {
            canonical = Username.of(username);
        } catch (DomainException malformed) {
            return LoginOutcome.invalid();
        }
        long changesBefore = verifiedPasswords.changes();
        Optional<LoginOutcome> recalled = verifiedPasswords.recall(canonical, password);
        if (recalled.isPresent()) {
            return recalled.get();
        }
        Optional<UserAccount> found = accounts.findForUpdate(canonical);
        if (found.isEmpty()) {
            return LoginOutcome.invalid();
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        if (!account.isEnabled()) {
            return LoginOutcome.disabled();
        }
        if (account.isLockedAt(now)) {
            return LoginOutcome.locked(account.getLockedUntil());
        }
        if (password != null && passwordHash.verify(password.toCharArray(), account.getPasswordHash())) {
            account.recordSuccessfulLogin();
            LoginOutcome valid = LoginOutcome.valid(account);
            verifiedPasswords.remember(canonical, password, valid, changesBefore);
            return valid;
        }
        account.recordFailedLogin(now);
        // Once locked, the account refuses even the right password until the lock ends: stop recalling it now.
        changes.accountChanged(canonical);
        return account.isLockedAt(now) ? LoginOutcome.locked(account.getLockedUntil()) : LoginOutcome.invalid();
    }

    /** When the account's lock ends, if it is locked now; for telling a user why the login failed. */
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return findByUsername(username).filter(a -> a.isLockedAt(now)).map(UserAccount::getLockedUntil);
    }

    private String hash(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new DomainException(ErrorCode.PASSWORD_TOO_SHORT, "password");
        }
        return passwordHash.generate(password.toCharArray());
    }
}
