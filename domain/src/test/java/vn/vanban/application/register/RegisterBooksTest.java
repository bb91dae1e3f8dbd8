package vn.vanban.application.register;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterBooksTest {

    private static final LocalDate JANUARY_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    @Test
    void thePeriodSaysWhatTheFilterKeptAsVietnameseUsersWriteDates() {
        assertThat(RegisterBooks.period(JANUARY_1, MARCH_31, null)).isEqualTo("Từ ngày 01/01/2026 đến ngày 31/03/2026");
        assertThat(RegisterBooks.period(JANUARY_1, null, "Thông báo")).isEqualTo("Thông báo · Từ ngày 01/01/2026");
        assertThat(RegisterBooks.period(null, MARCH_31, null)).isEqualTo("Đến ngày 31/03/2026");
        assertThat(RegisterBooks.period(null, null, null)).isNull();
    }
}
