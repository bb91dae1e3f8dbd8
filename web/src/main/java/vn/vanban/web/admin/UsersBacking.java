package vn.vanban.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.account.AccountService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.web.faces.Feedback;
import vn.vanban.web.security.CurrentUser;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** User administration ({@code admin/users.xhtml}): create, edit, disable or enable, reset passwords. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "userForm";

    @Inject
    private AccountService accounts;

    @Inject
    private Feedback feedback;

    @Inject
    private CurrentUser currentUser;

    private UserDataModel users;

    private Long editingId;
    private String username;
    private String displayName;
    private String email;
    private String password;
    private List<Role> roles = new ArrayList<>();

    private Long resettingId;
    private String newPassword;

    @PostConstruct
    void init() {
        users = new UserDataModel(accounts);
    }

    public void startCreate() {
        editingId = null;
        username = null;
        displayName = null;
        email = null;
        password = null;
        roles = new ArrayList<>(List.of(Role.MEMBER));
    }

    public void startEdit(UserAccount account) {
        editingId = account.getId();
        username = account.getUsername();
        displayName = account.getDisplayName();
        email = account.getEmail();
        password = null;
        roles = new ArrayList<>(account.getRoles());
    }

    public void save() {
        EnumSet<Role> chosen = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        boolean creating = editingId == null;
        if (feedback.attempt(() -> {
            if (creating) {
                accounts.create(username, displayName, email, password, chosen);
            } else {
                accounts.update(editingId, displayName, email, chosen);
            }
        }, FORM)) {
            feedback.info(creating ? "admin_users.message.created" : "admin_users.message.saved", username);
        }
    }

    public void toggleEnabled(UserAccount account) {
        if (feedback.attempt(() -> {
            if (account.isEnabled()) {
                accounts.disable(account.getId(), currentUser.getUsername());
            } else {
                accounts.enable(account.getId());
            }
        }, FORM)) {
            feedback.info(account.isEnabled() ? "admin_users.message.disabled" : "admin_users.message.enabled",
                    account.getUsername());
        }
    }

    public void startReset(UserAccount account) {
        resettingId = account.getId();
        username = account.getUsername();
        newPassword = null;
    }

    public void resetPassword() {
        if (feedback.attempt(() -> accounts.resetPassword(resettingId, newPassword), "resetForm")) {
            feedback.info("admin_users.message.passwordReset", username);
        }
    }

    public boolean isLocked(UserAccount account) {
        return account.isLockedAt(Instant.now());
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public UserDataModel getUsers() {
        return users;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
