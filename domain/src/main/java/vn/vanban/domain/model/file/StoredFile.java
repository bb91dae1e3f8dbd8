package vn.vanban.domain.model.file;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An immutable file in the database, named by the SHA-256 of its content: the same bytes are stored once, a stored
 * file never changes, and every instance of the portal serves the same bytes.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @Column(name = "sha256", length = 64, updatable = false)
    private String sha256;

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "created", nullable = false, updatable = false)
    private Instant created;

    protected StoredFile() {
    }

    public StoredFile(byte[] content, String mediaType, Instant now) {
        this.content = Objects.requireNonNull(content).clone();
        this.mediaType = Objects.requireNonNull(mediaType);
        this.size = content.length;
        this.sha256 = sha256(content);
        this.created = now;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    public String getSha256() {
        return sha256;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getCreated() {
        return created;
    }
}
