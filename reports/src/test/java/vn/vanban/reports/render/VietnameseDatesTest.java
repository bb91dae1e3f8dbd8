package vn.vanban.reports.render;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseDatesTest {

    @Test
    void writesTheDateLineAsOnTheSeedNotice() {
        assertThat(VietnameseDates.placeAndDate("Long Biên", LocalDate.of(2019, 3, 19)))
                .isEqualTo("Long Biên, ngày 19 tháng 3 năm 2019");
    }

    @Test
    void padsDaysBelowTenAndJanuaryAndFebruary() {
        assertThat(VietnameseDates.inWords(LocalDate.of(2026, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2026");
        assertThat(VietnameseDates.inWords(LocalDate.of(2026, 1, 31))).isEqualTo("ngày 31 tháng 01 năm 2026");
        assertThat(VietnameseDates.inWords(LocalDate.of(2026, 12, 1))).isEqualTo("ngày 01 tháng 12 năm 2026");
        assertThat(VietnameseDates.inWords(LocalDate.of(2026, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2026");
    }

    @Test
    void shortFormIsDayMonthYearWithSlashes() {
        assertThat(VietnameseDates.shortForm(LocalDate.of(2019, 3, 19))).isEqualTo("19/03/2019");
    }
}
