package vn.vanban.reports.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Dates as Vietnamese documents write them. On the place-and-date line of a document (Decree 30/2020 and
 * 36-HD/VPTW) days below 10 and the months January and February take a leading zero, so that nobody can add a
 * digit in front later: {@code Long Biên, ngày 05 tháng 02 năm 2026}, {@code ngày 19 tháng 3 năm 2019}.
 */
public final class VietnameseDates {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseDates() {
    }

    /** {@code ngày 19 tháng 3 năm 2019}. */
    public static String inWords(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        String dd = day < 10 ? "0" + day : Integer.toString(day);
        String mm = month <= 2 ? "0" + month : Integer.toString(month);
        return "ngày " + dd + " tháng " + mm + " năm " + date.getYear();
    }

    /** {@code Long Biên, ngày 19 tháng 3 năm 2019}: the line under the national or Party motto. */
    public static String placeAndDate(String placeName, LocalDate date) {
        return Objects.requireNonNull(placeName, "placeName") + ", " + inWords(date);
    }

    /** {@code 19/03/2019}: lists, forms and the register. */
    public static String shortForm(LocalDate date) {
        return SHORT.format(date);
    }
}
