package vn.vanban.web.api;

import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The values the API reads from text (JSON strings, query parameters, form fields), each refused as
 * {@code VALIDATION_FAILED} naming its field when it cannot be read; an absent or blank value is {@code null}, for
 * the domain to decide whether it was needed.
 */
public final class InputValues {

    /** Where the portal's users are: a time typed without an offset is theirs. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private InputValues() {
    }

    /**
     * The message of a Bean Validation constraint whose violation answers {@code VALIDATION_FAILED}, such as a body
     * its method needs ({@code @NotNull(message = INVALID) @Valid}): see {@link InputViolation}.
     */
    public static final String INVALID = "{vn.vanban.error.VALIDATION_FAILED}";

    /** The constant named exactly {@code value}, as the API documents it ({@code PUBLIC}). */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, field);
        }
    }

    /** Like {@link #enumValue}, in any case and with white space around: a form field typed or sent by another tool. */
    public static <E extends Enum<E>> E enumValueInAnyCase(Class<E> type, String value, String field) {
        return enumValue(type, value == null ? null : value.strip().toUpperCase(Locale.ROOT), field);
    }

    /** An ISO date ({@code 2019-03-19}). */
    public static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, field);
        }
    }

    /** A time with its offset ({@code 2019-03-19T14:00+07:00}), or without one, which is Vietnam time. */
    public static Instant time(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value.strip()).atZone(VIETNAM).toInstant();
            } catch (DateTimeParseException malformed) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, field);
            }
        }
    }
}
