package vn.vanban.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import vn.vanban.application.account.AccountService;
import vn.vanban.domain.model.account.LoginOutcome;
import vn.vanban.domain.model.account.Role;

import java.util.stream.Collectors;

/**
 * The database identity store: accounts and PBKDF2 hashes live in the portal's own tables, and the lock-out rule
 * is applied by {@link AccountService#login}. The roles become the caller's groups, mapped one to one onto the
 * application's roles.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome = accounts.login(credential.getCaller(), credential.getPasswordAsString());
        if (!outcome.isValid()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.username(),
                outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
