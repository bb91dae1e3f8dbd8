package vn.vanban.application;

import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.io.Serializable;
import java.util.Set;

/** Who asks the application to do something, as the web layer authenticated them. */
public record Actor(String username, Set<Role> roles) implements Serializable {

    public static final Actor ANONYMOUS = new Actor(null, Set.of());

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Secretariat, signers and administrators see every document; members only what is addressed to them. */
    public boolean isStaff() {
        return has(Role.SECRETARIAT) || has(Role.SIGNER) || has(Role.ADMIN);
    }

    /** The services' guard: NOT_ALLOWED unless this actor has {@code role}. */
    public void require(Role role) {
        if (!has(role)) {
            throw new DomainException(ErrorCode.NOT_ALLOWED);
        }
    }

    /** The services' guard: NOT_ALLOWED unless this actor {@link #isStaff() is staff}. */
    public void requireStaff() {
        if (!isStaff()) {
            throw new DomainException(ErrorCode.NOT_ALLOWED);
        }
    }
}
