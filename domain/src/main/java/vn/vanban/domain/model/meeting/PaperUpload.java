package vn.vanban.domain.model.meeting;

import java.util.Objects;

/** An uploaded file already checked and stored: the paper keeps its hash, kind, size and the name it came with. */
public record PaperUpload(String sha256, PaperFileKind kind, long size, String fileName) {

    public PaperUpload {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(kind, "kind");
    }
}
