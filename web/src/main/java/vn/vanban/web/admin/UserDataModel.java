package vn.vanban.web.admin;

import vn.vanban.application.account.AccountService;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.web.faces.PagedDataModel;

/** Users one page at a time, straight from a paged query; a row picked by its key is read again by its id. */
class UserDataModel extends PagedDataModel<UserAccount> {

    private static final long serialVersionUID = 1L;

    private final AccountService accounts;

    UserDataModel(AccountService accounts) {
        super(accounts::count, accounts::list);
        this.accounts = accounts;
    }

    @Override
    public UserAccount getRowData(String rowKey) {
        return accounts.get(Long.parseLong(rowKey));
    }
}
