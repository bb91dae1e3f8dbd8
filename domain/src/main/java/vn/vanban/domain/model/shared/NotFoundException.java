package vn.vanban.domain.model.shared;

import jakarta.ejb.ApplicationException;

/** What a {@code get*} method throws when the thing asked for does not exist. */
@ApplicationException(rollback = true)
public class NotFoundException extends DomainException {

    public NotFoundException(ErrorCode code) {
        super(code);
    }
}
