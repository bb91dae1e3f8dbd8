package vn.vanban.domain.model.shared;

import java.text.Normalizer;

/**
 * Text as it is stored: NFC-normalised (Vietnamese typed on some keyboards arrives decomposed, which then sorts,
 * compares and renders wrongly) and trimmed.
 */
public final class Texts {

    private Texts() {
    }

    /**
     * The NFC form of {@code value} without surrounding white space and without NUL characters (which PostgreSQL
     * cannot store in text); {@code null} for null or blank input.
     */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String normalised = Normalizer.normalize(value.replace("\u0000", ""), Normalizer.Form.NFC).strip();
        return normalised.isEmpty() ? null : normalised;
    }

    /** Like {@link #clean(String)}, but a missing value is a {@link DomainException} with the given code. */
    public static String required(String value, ErrorCode whenMissing, String field) {
        String cleaned = clean(value);
        if (cleaned == null) {
            throw new DomainException(whenMissing, field);
        }
        return cleaned;
    }

    /** Like {@link #required}, also refusing text longer than {@code maxLength} characters. */
    public static String required(String value, int maxLength, ErrorCode whenMissing, String field) {
        String cleaned = required(value, whenMissing, field);
        if (cleaned.length() > maxLength) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, field);
        }
        return cleaned;
    }

    /** Like {@link #clean(String)}, refusing text longer than {@code maxLength} characters. */
    public static String optional(String value, int maxLength, String field) {
        String cleaned = clean(value);
        if (cleaned != null && cleaned.length() > maxLength) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, field);
        }
        return cleaned;
    }

    /**
     * Like {@link #clean(String)}, cut to at most {@code maxLength} characters, never between the two halves of a
     * character outside the Basic Multilingual Plane: for text the portal writes itself, where refusing is no option.
     */
    public static String shortened(String value, int maxLength) {
        String cleaned = clean(value);
        if (cleaned == null || cleaned.length() <= maxLength) {
            return cleaned;
        }
        int end = Character.isHighSurrogate(cleaned.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return cleaned.substring(0, end);
    }
}
