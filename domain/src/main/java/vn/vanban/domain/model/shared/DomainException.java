package vn.vanban.domain.model.shared;

import jakarta.ejb.ApplicationException;

import java.util.Objects;
import java.util.Optional;

/**
 * A business rule refused the request. Carries a stable {@link ErrorCode} and, when the fault lies in one input,
 * the name of that field so that screens can show the message next to it. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public DomainException(ErrorCode code) {
        this(code, null);
    }

    public DomainException(ErrorCode code, String field) {
        super(code.name() + (field == null ? "" : " (" + field + ")"));
        this.code = Objects.requireNonNull(code);
        this.field = field;
    }

    public ErrorCode getCode() {
        return code;
    }

    public Optional<String> getField() {
        return Optional.ofNullable(field);
    }
}
