package vn.vanban.infrastructure.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vanban.domain.model.file.StoredFile;
import vn.vanban.reports.RecentlyUsed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Local copies of stored files on the server's disk, named by their SHA-256. The database keeps the only true copy;
 * since a stored file never changes, a copy named by its hash cannot go stale, and downloads stream it from disk in
 * constant memory instead of reading it from the database each time. A copy is written under a temporary name and
 * renamed into place, so a crash never leaves half a file under a hash's name; a missing copy is simply made again.
 * Directory: {@code vanban.file-cache.dir}, by default {@code vanban-files} in the server's temporary directory.
 */
@ApplicationScoped
public class FileCache {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    static final int IN_MEMORY_MAX_BYTES = 2 * 1024 * 1024;
    static final int IN_MEMORY_FILES = 32;

    private Path directory;

    private final RecentlyUsed<String, byte[]> inMemory = new RecentlyUsed<>(IN_MEMORY_FILES);

    @Inject
    @ConfigProperty(name = "vanban.file-cache.dir")
    private Optional<String> configuredDirectory;

    public FileCache() {
    }

    FileCache(Path directory) {
        this.directory = directory;
    }

    /** The local copy of the file {@code sha256}, made from {@code content} (read only on a miss) if there is none. */
    public Path copyOf(String sha256, Supplier<byte[]> content) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        Path copy = directory().resolve(sha256.substring(0, 2)).resolve(sha256);
        if (Files.isRegularFile(copy)) {
            return copy;
        }
        try {
            Files.createDirectories(copy.getParent());
            Path partial = Files.createTempFile(copy.getParent(), sha256, ".part");
            try {
                Files.write(partial, content.get());
                moveIntoPlace(partial, copy);
            } finally {
                Files.deleteIfExists(partial);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a local copy of file " + sha256, e);
        }
    }

    /**
     * The bytes of the file {@code sha256} if it is small enough to be kept in memory ({@value #IN_MEMORY_MAX_BYTES}
     * bytes at most; {@value #IN_MEMORY_FILES} files at most, the least recently used leaving first), from the
     * local copy, made from {@code content} if there is none. What is read from disk is checked against its hash
     * first: a copy that no longer matches is made again.
     */
    public Optional<byte[]> bytesOf(String sha256, Supplier<byte[]> content) {
        byte[] kept = inMemory.get(sha256);
        if (kept != null) {
            return Optional.of(kept);
        }
        Path copy = copyOf(sha256, content);
        try {
            if (Files.size(copy) > IN_MEMORY_MAX_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(copy);
            if (!StoredFile.sha256(bytes).equals(sha256)) {
                Files.delete(copy);
                bytes = Files.readAllBytes(copyOf(sha256, content));
                if (!StoredFile.sha256(bytes).equals(sha256)) {
                    throw new IllegalStateException("file " + sha256 + " does not match its hash");
                }
            }
            inMemory.put(sha256, bytes);
            return Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the local copy of file " + sha256, e);
        }
    }

    /**
     * A file this server has just stored, kept in memory (if small enough) for whatever reads it next: the next
     * signer's signature then does not read back from the database what was written there an instant before.
     */
    public void keep(StoredFile file) {
        if (file.getSize() <= IN_MEMORY_MAX_BYTES) {
            inMemory.put(file.getSha256(), file.getContent());
        }
    }

    private static void moveIntoPlace(Path partial, Path copy) throws IOException {
        try {
            Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path directory() {
        if (directory == null) {
            directory = configuredDirectory.filter(d -> !d.isBlank()).map(Path::of)
                    .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "vanban-files"));
        }
        return directory;
    }
}
