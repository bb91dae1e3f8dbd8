package vn.vanban.domain.model.account;

import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The login name: lower case so that {@code Admin} and {@code admin} are one account, ASCII letters, digits,
 * dot, dash and underscore, 3 to 64 characters (the form Vietnamese offices use: {@code hung.tv}).
 */
public final class Username {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private Username() {
    }

    public static String of(String raw) {
        String candidate = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (!FORM.matcher(candidate).matches()) {
            throw new DomainException(ErrorCode.USERNAME_INVALID, "username");
        }
        return candidate;
    }
}
