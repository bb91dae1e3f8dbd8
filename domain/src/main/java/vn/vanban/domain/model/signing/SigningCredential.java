package vn.vanban.domain.model.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A private key with its certificate chain, kept as a password-protected PKCS#12 keystore: the development root CA
 * (owner {@link #ROOT}) or one signer's key (owner = username). Development keys say so in their subject.
 */
@Entity
@Table(name = "signing_credential")
@NamedQuery(name = SigningCredential.BY_OWNER, query = "SELECT c FROM SigningCredential c WHERE c.owner = :owner")
public class SigningCredential {

    public static final String BY_OWNER = "SigningCredential.byOwner";
    public static final String ROOT = "#development-root-ca";

    @Id
    @SequenceGenerator(name = "signing_credential_seq", sequenceName = "signing_credential_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signing_credential_seq")
    private Long id;

    @Column(name = "owner", nullable = false, updatable = false, length = 64)
    private String owner;

    @Column(name = "subject", nullable = false, updatable = false, length = 500)
    private String subject;

    @Column(name = "keystore", nullable = false, updatable = false)
    private byte[] keystore;

    @Column(name = "development", nullable = false, updatable = false)
    private boolean development;

    @Column(name = "created", nullable = false, updatable = false)
    private Instant created;

    protected SigningCredential() {
    }

    public SigningCredential(String owner, String subject, byte[] keystore, boolean development, Instant created) {
        this.owner = Objects.requireNonNull(owner);
        this.subject = Objects.requireNonNull(subject);
        this.keystore = keystore.clone();
        this.development = development;
        this.created = created;
    }

    public String getOwner() {
        return owner;
    }

    public String getSubject() {
        return subject;
    }

    public byte[] getKeystore() {
        return keystore.clone();
    }

    public boolean isDevelopment() {
        return development;
    }
}
