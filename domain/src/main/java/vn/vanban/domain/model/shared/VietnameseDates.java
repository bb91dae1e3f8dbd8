package vn.vanban.domain.model.shared;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Dates in words as Vietnamese documents write them (Decree 30/2020 and 36-HD/VPTW): days below 10 and the months
 * January and February take a leading zero, so that nobody can add a digit in front later. The domain's own, so that
 * an invitation's or minutes' text does not depend on the PDF renderer; the renderer writes the place-and-date line
 * by the same rule, and a test holds the two to the same output.
 */
public final class VietnameseDates {

    private VietnameseDates() {
    }

    /** {@code ngày 19 tháng 3 năm 2019}, {@code ngày 05 tháng 02 năm 2026}. */
    public static String inWords(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        String dd = day < 10 ? "0" + day : Integer.toString(day);
        String mm = month <= 2 ? "0" + month : Integer.toString(month);
        return "ngày " + dd + " tháng " + mm + " năm " + date.getYear();
    }
}
