package vn.vanban.domain.model.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class VietnameseDatesTest {

    @Test
    void daysBelowTenAndJanuaryAndFebruaryTakeALeadingZero() {
        assertThat(VietnameseDates.inWords(LocalDate.of(2026, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2026");
        assertThat(VietnameseDates.inWords(LocalDate.of(2026, 1, 31))).isEqualTo("ngày 31 tháng 01 năm 2026");
        assertThat(VietnameseDates.inWords(LocalDate.of(2026, 12, 1))).isEqualTo("ngày 01 tháng 12 năm 2026");
        assertThat(VietnameseDates.inWords(LocalDate.of(2026, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2026");
        assertThat(VietnameseDates.inWords(LocalDate.of(2019, 3, 19))).isEqualTo("ngày 19 tháng 3 năm 2019");
    }

    @Test
    void everyDayOfALeapYearReadsAsOnTheRenderedPlaceAndDateLine() {
        for (LocalDate day = LocalDate.of(2028, 1, 1); day.getYear() == 2028; day = day.plusDays(1)) {
            assertThat(VietnameseDates.inWords(day)).isEqualTo(vn.vanban.reports.render.VietnameseDates.inWords(day));
        }
    }

    @Test
    void refusesAMissingDate() {
        assertThatNullPointerException().isThrownBy(() -> VietnameseDates.inWords(null)).withMessage("date");
    }
}
