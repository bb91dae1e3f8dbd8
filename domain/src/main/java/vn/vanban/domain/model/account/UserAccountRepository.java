package vn.vanban.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> find(long id);

    /** The account, locked for update, so that concurrent failed logins are all counted. */
    Optional<UserAccount> findForUpdate(String username);

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> list(int first, int max);

    long count();

    /** Enabled accounts holding {@code role}, by name. */
    List<UserAccount> withRole(Role role);

    /** Enabled accounts whose username or name contains {@code text}, ignoring case. */
    List<UserAccount> search(String text, int max);

    void add(UserAccount account);
}
