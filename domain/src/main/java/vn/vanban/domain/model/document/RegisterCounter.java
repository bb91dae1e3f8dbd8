package vn.vanban.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * The last number given in one series of the outgoing register (an issuer, a period and, under the Party rule,
 * a type), or of the incoming register (a receiving body and a calendar year, series {@code INCOMING/2026}). The
 * row is locked while a number is taken, and the document that receives it is updated in the same
 * transaction: a rolled-back issue gives its number back, so numbers stay unique and gapless on every instance.
 */
@Entity
@Table(name = "register_counter")
@IdClass(RegisterCounter.Key.class)
public class RegisterCounter {

    @Id
    @Column(name = "issuer_id")
    private long issuerId;

    @Id
    @Column(name = "series", length = 64)
    private String series;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected RegisterCounter() {
    }

    public RegisterCounter(long issuerId, String series) {
        this.issuerId = issuerId;
        this.series = series;
    }

    public int next() {
        return ++lastNumber;
    }

    public int getLastNumber() {
        return lastNumber;
    }

    /** Composite identity: issuer and series. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long issuerId;
        private String series;

        public Key() {
        }

        public Key(long issuerId, String series) {
            this.issuerId = issuerId;
            this.series = series;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && issuerId == key.issuerId && series.equals(key.series);
        }

        @Override
        public int hashCode() {
            return Objects.hash(issuerId, series);
        }
    }
}
