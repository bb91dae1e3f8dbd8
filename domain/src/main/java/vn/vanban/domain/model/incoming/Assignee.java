package vn.vanban.domain.model.incoming;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/** A person an incoming document is assigned to: their username and the name the screens and the register show. */
@Embeddable
public class Assignee implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    protected Assignee() {
    }

    public Assignee(String username, String displayName) {
        this.username = Objects.requireNonNull(username);
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Assignee that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
