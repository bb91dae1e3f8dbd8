package vn.vanban.application;

import vn.vanban.domain.model.account.Role;

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
}
