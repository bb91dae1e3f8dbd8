package vn.vanban.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import vn.vanban.application.account.SessionAccounts.Standing;
import vn.vanban.application.account.SessionAccounts;
import vn.vanban.domain.model.account.Role;
import vn.vanban.web.api.ApiErrors;
import vn.vanban.web.health.DatabaseUnavailable;
import vn.vanban.web.health.InstanceHeaderFilter;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One mechanism for the two ways in. Screens: a form login (the login page hands the credential over through
 * {@code SecurityContext.authenticate}), remembered in the HTTP session, and a redirect to the login page when an
 * anonymous visitor asks for a protected page. API under {@code /api}: HTTP Basic on every request, no session,
 * and a JSON 401 when the credential is wrong; a logged-in browser session also reaches the API, so that pages can
 * link to its downloads. Anything else proceeds anonymously and the container or the API's role check decides.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute: the form login was refused unchecked, for too many failures; how long to wait. */
    static final String LOGIN_REFUSED_FOR = PortalAuthenticationMechanism.class.getName() + ".refusedFor";
    static final int TOO_MANY_REQUESTS = 429;
    private static final String API_PREFIX = "/api/";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private ApiErrors apiErrors;

    @Inject
    private RateLimits rateLimits;

    @Inject
    private SessionAccounts sessionAccounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        InstanceHeaderFilter.name(response);
        Credential formCredential = context.getAuthParameters().getCredential();
        if (formCredential != null) {
            return loginFromForm(request, context, formCredential);
        }
        if (isApi(request)) {
            Optional<UsernamePasswordCredential> basic = basicCredential(request);
            if (basic.isPresent()) {
                return loginFromApi(request, response, context, basic.get());
            }
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser user) {
            Optional<SessionUser> current = stillValid(user);
            if (current.isPresent()) {
                if (!current.get().equals(user)) {
                    session.setAttribute(SessionUser.ATTRIBUTE, current.get());
                }
                return context.notifyContainerAboutLogin(user.username(), current.get().roles());
            }
            session.removeAttribute(SessionUser.ATTRIBUTE);
        }
        if (context.isProtected() && !isApi(request)) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?continue="
                    + URLEncoder.encode(pathWithinApplication(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionUser.ATTRIBUTE);
        }
    }

    private AuthenticationStatus loginFromForm(HttpServletRequest request, HttpMessageContext context,
                                               Credential credential) {
        String caller = credential instanceof UsernamePasswordCredential named ? named.getCaller() : null;
        Duration wait = rateLimits.loginWait(request, caller);
        if (!wait.isZero()) {
            request.setAttribute(LOGIN_REFUSED_FOR, wait);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            rateLimits.loginFailed(request, caller);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        String username = result.getCallerPrincipal().getName();
        String stamp = sessionAccounts.standing(username).map(Standing::passwordStamp).orElse("");
        SessionUser user = new SessionUser(username, new HashSet<>(result.getCallerGroups()), stamp);
        request.getSession().setAttribute(SessionUser.ATTRIBUTE, user);
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus loginFromApi(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context,
                                              UsernamePasswordCredential credential) {
        Duration wait = rateLimits.loginWait(request, credential.getCaller());
        try {
            if (!wait.isZero()) {
                response.setHeader("Retry-After", String.valueOf(RateLimits.seconds(wait)));
                apiErrors.write(request, response, TOO_MANY_REQUESTS, "RATE_LIMITED", RateLimits.seconds(wait));
                return AuthenticationStatus.SEND_FAILURE;
            }
            CredentialValidationResult result;
            try {
                result = identityStores.validate(credential);
            } catch (RuntimeException failure) {
                if (!DatabaseUnavailable.causedBy(failure)) {
                    throw failure;
                }
                return databaseUnavailable(request, response);
            }
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            rateLimits.loginFailed(request, credential.getCaller());
            apiErrors.writeLoginFailure(request, response, credential.getCaller());
        } catch (IOException e) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The session's user as the account stands now: none when the account was disabled or deleted, or its password
     * reset, since the login (on this instance or another). A database that does not answer changes nothing here:
     * the page asked for reports that itself.
     */
    private Optional<SessionUser> stillValid(SessionUser user) {
        Optional<Standing> standing;
        try {
            standing = sessionAccounts.standing(user.username());
        } catch (RuntimeException failure) {
            if (DatabaseUnavailable.causedBy(failure)) {
                return Optional.of(user);
            }
            throw failure;
        }
        return standing.filter(now -> now.passwordStamp().equals(user.passwordStamp()))
                .map(now -> new SessionUser(user.username(),
                        now.roles().stream().map(Role::name).collect(Collectors.toSet()), user.passwordStamp()));
    }

    /** The credential could not be checked at all: 503 as the API answers it, not a 500 from the container. */
    private AuthenticationStatus databaseUnavailable(HttpServletRequest request, HttpServletResponse response) {
        try {
            apiErrors.writeDatabaseUnavailable(request, response);
        } catch (IOException e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return pathWithinApplication(request).startsWith(API_PREFIX);
    }

    private static String pathWithinApplication(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }

    private static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.of(new UsernamePasswordCredential("", ""));
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.of(new UsernamePasswordCredential(decoded, ""));
        }
        return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
