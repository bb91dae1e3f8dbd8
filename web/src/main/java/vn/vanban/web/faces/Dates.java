package vn.vanban.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.vanban.reports.render.VietnameseDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates on pages as Vietnamese users write them, in Vietnam's time zone: {@code 19/03/2019 14:05}. */
@Named
@ApplicationScoped
public class Dates {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("dd/MM/yyyy | HH:mm");

    /** When news was posted, as the news page has always shown it: {@code 21/03/2019 | 08:35}, Vietnam time. */
    public static String publishedStamp(Instant instant) {
        return instant == null ? "" : PUBLISHED.format(instant.atZone(VIETNAM));
    }

    public String published(Instant instant) {
        return publishedStamp(instant);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(VIETNAM));
    }

    public String date(LocalDate date) {
        return date == null ? "" : VietnameseDates.shortForm(date);
    }

    public String inWords(LocalDate date) {
        return date == null ? "" : VietnameseDates.inWords(date);
    }
}
