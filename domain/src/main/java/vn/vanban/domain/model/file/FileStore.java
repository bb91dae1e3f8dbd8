package vn.vanban.domain.model.file;

import java.util.Optional;

public interface FileStore {

    /** Stores the file unless the same content is already there; either way returns the stored file. */
    StoredFile store(StoredFile file);

    /**
     * Stores a file made in this very transaction, which no other request can be storing at the same moment (a PDF
     * that carries its own number, or a signature made an instant ago), as part of the caller's transaction: one
     * commit for the file and what refers to it, where {@link #store} needs a transaction of its own. The file is kept
     * at hand for what reads it next (the next signature).
     */
    StoredFile storeMadeNow(StoredFile file);

    Optional<StoredFile> find(String sha256);
}
