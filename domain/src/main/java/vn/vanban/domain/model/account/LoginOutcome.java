package vn.vanban.domain.model.account;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** The answer to one login attempt, with what the caller needs to tell the user why it failed. */
public record LoginOutcome(Status status, String username, Set<Role> roles, Instant lockedUntil) {

    public enum Status { VALID, INVALID_CREDENTIALS, LOCKED, DISABLED }

    public static LoginOutcome valid(UserAccount account) {
        return new LoginOutcome(Status.VALID, account.getUsername(), Set.copyOf(account.getRoles()), null);
    }

    public static LoginOutcome invalid() {
        return new LoginOutcome(Status.INVALID_CREDENTIALS, null, Set.of(), null);
    }

    public static LoginOutcome locked(Instant until) {
        return new LoginOutcome(Status.LOCKED, null, Set.of(), until);
    }

    public static LoginOutcome disabled() {
        return new LoginOutcome(Status.DISABLED, null, Set.of(), null);
    }

    public boolean isValid() {
        return status == Status.VALID;
    }

    public Optional<Instant> lockExpiry() {
        return Optional.ofNullable(lockedUntil);
    }
}
