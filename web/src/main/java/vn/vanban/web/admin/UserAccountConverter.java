package vn.vanban.web.admin;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import vn.vanban.application.account.AccountService;
import vn.vanban.domain.model.account.UserAccount;

/** Lets pickers carry a user account as its id. */
@FacesConverter(forClass = UserAccount.class, managed = true)
public class UserAccountConverter implements Converter<UserAccount> {

    @Inject
    private AccountService accounts;

    @Override
    public UserAccount getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return accounts.findById(Long.parseLong(value)).orElse(null);
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, UserAccount value) {
        return value == null || value.getId() == null ? "" : value.getId().toString();
    }
}
