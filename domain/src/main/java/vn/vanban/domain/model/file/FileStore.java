package vn.vanban.domain.model.file;

import java.util.Optional;

public interface FileStore {

    /** Stores the file unless the same content is already there; either way returns the stored file. */
    StoredFile store(StoredFile file);

    Optional<StoredFile> find(String sha256);
}
