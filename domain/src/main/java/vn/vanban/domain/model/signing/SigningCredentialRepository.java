package vn.vanban.domain.model.signing;

import java.util.Optional;

/**
 * The signing credentials the portal keeps, one per owner. A new one is stored by
 * {@code infrastructure.persistence.SigningCredentialCreator}, in a transaction of its own.
 */
public interface SigningCredentialRepository {

    Optional<SigningCredential> findByOwner(String owner);
}
