package vn.vanban.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/**
 * The number an issued document carries from the outgoing register: its place in the series, the series it counts
 * in, and how it reads on the document ({@code Số 12-TB/BCĐ}). Given once, when the document is issued, and never
 * changed; a document not issued has none.
 */
@Embeddable
public class IssuedNumber implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int SERIES_LENGTH = 64;
    public static final int TEXT_LENGTH = 100;

    @Column(name = "number_seq")
    private Integer sequence;

    @Column(name = "number_series", length = SERIES_LENGTH)
    private String series;

    @Column(name = "number_text", length = TEXT_LENGTH)
    private String text;

    protected IssuedNumber() {
    }

    public IssuedNumber(RegisterNumber reserved) {
        this.sequence = reserved.sequence();
        this.series = Objects.requireNonNull(reserved.series(), "series");
        this.text = Objects.requireNonNull(reserved.text(), "text");
    }

    public int sequence() {
        return sequence;
    }

    public String series() {
        return series;
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IssuedNumber that && Objects.equals(sequence, that.sequence)
                && Objects.equals(series, that.series) && Objects.equals(text, that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, series, text);
    }

    @Override
    public String toString() {
        return text;
    }
}
