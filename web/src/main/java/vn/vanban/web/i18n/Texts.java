package vn.vanban.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's user-facing text, from the {@code messages} bundle. Vietnamese is the default language; English is
 * the second. Used where no JSF view is at hand (REST API errors); pages use {@code #{msg[...]}}.
 */
public final class Texts {

    public static final String BUNDLE = "vn.vanban.web.i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Texts.class.getClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(arguments);
    }

    /** The supported locale closest to {@code requested}; Vietnamese when nothing matches. */
    public static Locale supported(Locale requested) {
        if (requested == null) {
            return VIETNAMESE;
        }
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst().orElse(VIETNAMESE);
    }
}
