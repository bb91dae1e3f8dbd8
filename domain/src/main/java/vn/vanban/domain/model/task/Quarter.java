package vn.vanban.domain.model.task;

import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.time.LocalDate;

/** A quarter of a calendar year, as tasks are often due ("phấn đấu quý II"). */
public record Quarter(int year, int number) {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public Quarter {
        if (number < 1 || number > 4 || year < 1900 || year > 2999) {
            throw new DomainException(ErrorCode.QUARTER_INVALID, "quarter");
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** {@code quý II năm 2019}, as the report's title writes it. */
    public String vietnamese() {
        return "quý " + ROMAN[number - 1] + " năm " + year;
    }

    /** {@code Quý II/2019}, as lists write it. */
    public String shortVietnamese() {
        return "Quý " + ROMAN[number - 1] + "/" + year;
    }
}
