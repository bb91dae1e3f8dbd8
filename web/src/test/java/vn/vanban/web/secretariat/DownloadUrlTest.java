package vn.vanban.web.secretariat;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadUrlTest {

    @Test
    void filtersThatAreSetFollowInTheirOrderWithTheirValuesEncoded() {
        String url = DownloadUrl.of("api/incoming/register/csv").with("issuerId", 7L)
                .with("from", LocalDate.of(2026, 1, 1)).with("to", LocalDate.of(2026, 3, 31))
                .with("urgency", "EXPRESS").with("q", "Công văn & tờ trình").toString();

        assertThat(url).isEqualTo("api/incoming/register/csv?x=1&issuerId=7&from=2026-01-01&to=2026-03-31"
                + "&urgency=EXPRESS&q=C%C3%B4ng+v%C4%83n+%26+t%E1%BB%9D+tr%C3%ACnh");
    }

    @Test
    void filtersThatAreNotSetAreLeftOut() {
        String url = DownloadUrl.of("api/register/pdf").with("issuerId", null).with("type", "CV")
                .with("from", null).with("q", "  ").toString();

        assertThat(url).isEqualTo("api/register/pdf?x=1&type=CV");
    }
}
