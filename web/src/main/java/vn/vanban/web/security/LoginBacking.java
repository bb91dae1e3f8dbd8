package vn.vanban.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.vanban.application.account.AccountService;
import vn.vanban.web.i18n.Texts;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** The login page ({@code login.xhtml}): form login, then back to the page the user first asked for. */
@Named
@RequestScoped
public class LoginBacking {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountService accounts;

    private String username;
    private String password;
    private String continueTo;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + safeTarget());
            case SEND_CONTINUE -> faces.responseComplete();
            default -> refuse(faces);
        }
    }

    private void refuse(FacesContext faces) {
        var locale = faces.getViewRoot().getLocale();
        ExternalContext external = faces.getExternalContext();
        if (external.getRequestMap().get(PortalAuthenticationMechanism.LOGIN_REFUSED_FOR) instanceof Duration wait) {
            external.setResponseStatus(PortalAuthenticationMechanism.TOO_MANY_REQUESTS);
            external.setResponseHeader("Retry-After", String.valueOf(RateLimits.seconds(wait)));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get(locale, "login.error.rateLimited", RateLimits.seconds(wait)), null));
            password = null;
            return;
        }
        String message = accounts.lockedUntil(username)
                .map(until -> Texts.get(locale, "login.error.locked",
                        DateTimeFormatter.ofPattern("HH:mm").format(until.atZone(VIETNAM))))
                .orElseGet(() -> Texts.get(locale, "login.error.invalid"));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        password = null;
    }

    /** Only paths inside the portal: a crafted {@code continue} must not send the user to another site. */
    private String safeTarget() {
        if (continueTo != null && continueTo.startsWith("/") && !continueTo.startsWith("//")
                && !continueTo.contains("\\") && !continueTo.startsWith(PortalAuthenticationMechanism.LOGIN_PAGE)) {
            return continueTo;
        }
        return "/home.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
