package vn.vanban.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import vn.vanban.application.account.AccountService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;

import java.security.Principal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Who is looking at the page, for menus and role-dependent content. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountService accounts;

    private Optional<UserAccount> account;
    private Optional<Principal> caller;
    private final Map<Role, Boolean> roles = new EnumMap<>(Role.class);

    /** Asked once a request: the server works the caller out anew on every call, which a page makes dozens of. */
    private Optional<Principal> caller() {
        if (caller == null) {
            caller = Optional.ofNullable(securityContext.getCallerPrincipal());
        }
        return caller;
    }

    public boolean isLoggedIn() {
        return caller().isPresent();
    }

    public String getUsername() {
        return caller().map(Principal::getName).orElse(null);
    }

    public Optional<UserAccount> account() {
        if (account == null) {
            account = isLoggedIn() ? accounts.findByUsername(getUsername()) : Optional.empty();
        }
        return account;
    }

    public String getDisplayName() {
        return account().map(UserAccount::getDisplayName).orElse(getUsername());
    }

    public boolean has(Role role) {
        return roles.computeIfAbsent(role, r -> isLoggedIn() && securityContext.isCallerInRole(r.name()));
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean isSecretariat() {
        return has(Role.SECRETARIAT);
    }

    public boolean isSigner() {
        return has(Role.SIGNER);
    }

    public boolean isMember() {
        return has(Role.MEMBER);
    }
}
