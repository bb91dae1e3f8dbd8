package vn.vanban.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;

/**
 * Audit timestamps and optimistic locking for every editable entity: two people saving the same record never
 * silently overwrite each other, the second gets an {@link jakarta.persistence.OptimisticLockException}.
 */
@MappedSuperclass
public abstract class BaseEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "created", nullable = false, updatable = false)
    private Instant created;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public abstract Long getId();

    @PrePersist
    void beforeInsert() {
        created = Instant.now();
        lastModified = created;
    }

    @PreUpdate
    void beforeUpdate() {
        lastModified = Instant.now();
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getLastModified() {
        return lastModified;
    }

    public long getVersion() {
        return version;
    }

    /** Identity is the database id: two transient instances are never equal. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return getId() != null && getId().equals(((BaseEntity) other).getId());
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
