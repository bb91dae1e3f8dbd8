package vn.vanban.web.api.admin;

import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;

import java.time.Instant;
import java.util.List;

/** A user account as the API shows it: never the password hash. */
public record UserRepresentation(long id, String username, String displayName, String email, List<String> roles,
                                 boolean enabled, boolean locked, long version) {

    static UserRepresentation of(UserAccount account) {
        return new UserRepresentation(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getEmail(), account.getRoles().stream().map(Role::name).sorted().toList(),
                account.isEnabled(), account.isLockedAt(Instant.now()), account.getVersion());
    }
}
