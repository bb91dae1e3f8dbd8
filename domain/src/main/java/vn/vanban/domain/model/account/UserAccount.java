package vn.vanban.domain.model.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vanban.domain.model.shared.BaseEntity;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.Texts;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who logs in. Guarantees: the username is unique and in canonical form; the password is only ever held
 * as a hash; five failed logins in a row lock the account for fifteen minutes, whatever password comes next.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = UserAccount.ALL, query = "SELECT u FROM UserAccount u ORDER BY u.username")
@NamedQuery(name = UserAccount.SEARCH, query = "SELECT u FROM UserAccount u WHERE u.enabled = TRUE AND "
        + "(LOWER(u.username) LIKE :pattern OR LOWER(u.displayName) LIKE :pattern) ORDER BY u.displayName")
@NamedQuery(name = UserAccount.WITH_ROLE, query = "SELECT u FROM UserAccount u JOIN u.roles r "
        + "WHERE r = :role AND u.enabled = TRUE ORDER BY u.displayName")
@NamedQuery(name = UserAccount.COUNT, query = "SELECT COUNT(u) FROM UserAccount u")
public class UserAccount extends BaseEntity {

    /** The sizes of the text columns; the domain refuses or shortens text beyond them by the same numbers. */
    public static final int USERNAME_LENGTH = 64;
    public static final int DISPLAY_NAME_LENGTH = 200;
    public static final int EMAIL_LENGTH = 254;

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String ALL = "UserAccount.all";
    public static final String COUNT = "UserAccount.count";
    public static final String SEARCH = "UserAccount.search";
    public static final String WITH_ROLE = "UserAccount.withRole";

    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(name = "username", nullable = false, updatable = false, length = USERNAME_LENGTH)
    private String username;

    @NotNull
    @Size(max = DISPLAY_NAME_LENGTH)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
    private String displayName;

    @Size(max = EMAIL_LENGTH)
    @Column(name = "email", length = EMAIL_LENGTH)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Set<Role> roles) {
        this.username = Username.of(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.enabled = true;
        describe(displayName, email);
        grant(roles);
    }

    /** Changes what is shown of the person: full name and e-mail address. */
    public void describe(String displayName, String email) {
        this.displayName = Texts.required(displayName, DISPLAY_NAME_LENGTH, ErrorCode.NAME_REQUIRED, "displayName");
        String cleanEmail = Texts.optional(email, EMAIL_LENGTH, "email");
        if (cleanEmail != null && !EMAIL.matcher(cleanEmail).matches()) {
            throw new DomainException(ErrorCode.EMAIL_INVALID, "email");
        }
        this.email = cleanEmail;
    }

    /** Replaces the roles; a user without any role could do nothing, so that is refused. */
    public void grant(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new DomainException(ErrorCode.ROLES_EMPTY, "roles");
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    /** A new password also lifts a lock: that is how an administrator helps a locked-out user. */
    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a wrong password. The fifth in a row locks the account until {@code now + 15 min}; the count starts
     * again afterwards, so the next five wrong passwords lock it again.
     */
    public void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
