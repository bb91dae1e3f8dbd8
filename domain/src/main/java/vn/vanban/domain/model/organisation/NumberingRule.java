package vn.vanban.domain.model.organisation;

import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How an issuer numbers its outgoing documents. The rule decides when numbering starts again from 01 and how the
 * number reads on paper.
 */
public enum NumberingRule {

    /**
     * Party rule (Hướng dẫn 36-HD/VPTW): from 01 for each document type within one term of the committee;
     * reads {@code Số 09-NQ/TU}.
     */
    PARTY_PER_TYPE_PER_TERM {
        @Override
        public String format(int number, String typeCode, String issuerSymbol) {
            return "Số " + twoDigits(number) + "-" + typeCode + "/" + issuerSymbol;
        }

        @Override
        public String period(LocalDate issueDate, LocalDate termStart) {
            Objects.requireNonNull(termStart, "termStart");
            if (issueDate.isBefore(termStart)) {
                throw new DomainException(ErrorCode.ISSUE_DATE_BEFORE_TERM, "issueDate");
            }
            return "TERM-" + termStart;
        }
    },

    /**
     * State rule (Nghị định 30/2020/NĐ-CP): from 01 on 1 January of each year, across types;
     * reads {@code Số: 09/NQ-UBND}.
     */
    STATE_PER_CALENDAR_YEAR {
        @Override
        public String format(int number, String typeCode, String issuerSymbol) {
            return "Số: " + twoDigits(number) + "/" + typeCode + "-" + issuerSymbol;
        }

        @Override
        public String period(LocalDate issueDate, LocalDate termStart) {
            return "YEAR-" + issueDate.getYear();
        }
    };

    /** The number as printed on the document, e.g. {@code Số 09-TB/BCĐ}. */
    public abstract String format(int number, String typeCode, String issuerSymbol);

    /**
     * The number line of a draft, with the number left open as it is on paper before the register gives it:
     * {@code Số      -TB/BCĐ}. The spaces do not break, so the layout keeps room for the number.
     */
    public String unnumbered(String typeCode, String issuerSymbol) {
        return format(1, typeCode, issuerSymbol).replaceFirst("01", UNNUMBERED);
    }

    private static final String UNNUMBERED = "\u00A0".repeat(6);

    /**
     * The numbering period a document issued on {@code issueDate} belongs to: two documents share a sequence of
     * numbers exactly when they have the same issuer, period (and, under the Party rule, type).
     */
    public abstract String period(LocalDate issueDate, LocalDate termStart);

    /**
     * The series a document joins in the outgoing register: the period alone under the state rule (one sequence for
     * all types), the period and the type under the Party rule.
     */
    public String series(LocalDate issueDate, LocalDate termStart, String typeCode) {
        String period = period(issueDate, termStart);
        return this == PARTY_PER_TYPE_PER_TERM ? period + "/" + typeCode : period;
    }

    static String twoDigits(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Document numbers start at 1, got " + number);
        }
        return number < 10 ? "0" + number : Integer.toString(number);
    }
}
