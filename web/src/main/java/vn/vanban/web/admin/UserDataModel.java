package vn.vanban.web.admin;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.vanban.application.account.AccountService;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.web.faces.LoadedPage;

import java.util.List;
import java.util.Map;

/** Users one page at a time, straight from a paged query. */
class UserDataModel extends LazyDataModel<UserAccount> {

    private static final long serialVersionUID = 1L;

    private final AccountService accounts;

    UserDataModel(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(accounts.count());
    }

    @Override
    public List<UserAccount> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return LoadedPage.of(accounts.list(first, pageSize));
    }

    @Override
    public String getRowKey(UserAccount account) {
        return String.valueOf(account.getId());
    }

    @Override
    public UserAccount getRowData(String rowKey) {
        return accounts.get(Long.parseLong(rowKey));
    }
}
