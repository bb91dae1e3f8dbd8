package vn.vanban.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.vanban.application.account.AccountService;
import vn.vanban.web.i18n.Texts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Builds the API's error answers, so that every one has the same shape and a translated message. */
@ApplicationScoped
public class ApiErrors {

    public static final String JSON_UTF8 = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    private static final String BASIC_CHALLENGE = "Basic realm=\"vanban\", charset=\"UTF-8\"";

    private final Jsonb jsonb = JsonbBuilder.create();

    @Inject
    private AccountService accounts;

    public Response response(Response.Status status, String code, Locale locale, String field, Object... args) {
        ApiError error = new ApiError(code, Texts.get(locale, "error." + code, args), field);
        Response.ResponseBuilder builder = Response.status(status).type(JSON_UTF8).entity(error);
        if (status == Response.Status.UNAUTHORIZED) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        }
        return builder.build();
    }

    /** Written straight to the servlet response: authentication happens before JAX-RS sees the request. */
    public void writeLoginFailure(HttpServletRequest request, HttpServletResponse response, String username)
            throws IOException {
        Locale locale = locale(request);
        ApiError error = accounts.lockedUntil(username)
                .map(until -> new ApiError("ACCOUNT_LOCKED", Texts.get(locale, "login.error.locked",
                        DateTimeFormatter.ofPattern("HH:mm").format(until.atZone(ZoneId.of("Asia/Ho_Chi_Minh")))), null))
                .orElseGet(() -> new ApiError("INVALID_CREDENTIALS", Texts.get(locale, "login.error.invalid"), null));
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        write(response, HttpServletResponse.SC_UNAUTHORIZED, error);
    }

    /** An error answered before JAX-RS sees the request (by a filter or the authentication mechanism). */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String code, Object... args)
            throws IOException {
        write(response, status, new ApiError(code, Texts.get(locale(request), "error." + code, args), null));
    }

    private void write(HttpServletResponse response, int status, ApiError error) throws IOException {
        response.setStatus(status);
        response.setContentType(JSON_UTF8);
        response.getOutputStream().write(jsonb.toJson(error).getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }

    /** Written straight to the servlet response, like a login failure: the credential could not be checked. */
    public void writeDatabaseUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApiError error = new ApiError("DATABASE_UNAVAILABLE", Texts.get(locale(request), "error.DATABASE_UNAVAILABLE"), null);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType(JSON_UTF8);
        response.getOutputStream().write(jsonb.toJson(error).getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }

    private static Locale locale(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null
                ? Texts.VIETNAMESE : Texts.supported(request.getLocale());
    }

    /** As {@link #locale(List)}; a header that cannot be parsed counts as none, never as a failure. */
    public static Locale locale(HttpHeaders headers) {
        if (headers == null) {
            return Texts.VIETNAMESE;
        }
        try {
            return locale(headers.getAcceptableLanguages());
        } catch (RuntimeException unparsable) {
            return Texts.VIETNAMESE;
        }
    }

    /** The first acceptable language the portal speaks; Vietnamese when the client states none of them. */
    public static Locale locale(List<Locale> acceptable) {
        return acceptable.stream()
                .filter(l -> Texts.SUPPORTED.stream().anyMatch(s -> s.getLanguage().equals(l.getLanguage())))
                .findFirst().map(Texts::supported).orElse(Texts.VIETNAMESE);
    }
}
