package vn.vanban.domain.model.organisation;

import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.Texts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The abbreviation of an issuer that stands after the slash of a document number ({@code BCĐ}, {@code QU},
 * {@code UBND}): capital letters (Vietnamese ones included) and digits, groups joined by single dashes, no spaces.
 */
public final class IssuerSymbol {

    private static final Pattern FORM = Pattern.compile("[\\p{Lu}\\d]+(-[\\p{Lu}\\d]+)*");
    private static final int MAX_LENGTH = 32;

    private IssuerSymbol() {
    }

    public static String of(String raw) {
        String cleaned = Texts.clean(raw);
        if (cleaned == null) {
            throw new DomainException(ErrorCode.SYMBOL_INVALID, "symbol");
        }
        String upper = cleaned.toUpperCase(new Locale("vi"));
        if (upper.length() > MAX_LENGTH || !FORM.matcher(upper).matches()) {
            throw new DomainException(ErrorCode.SYMBOL_INVALID, "symbol");
        }
        return upper;
    }
}
