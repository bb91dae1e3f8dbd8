package vn.vanban.infrastructure.timing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerTimingTest {

    @Test
    void theStepsOfARequestAreListedInTheHeadersFormAndForgottenOnceTaken() {
        ServerTiming.open();
        assertThat(ServerTiming.time("render", () -> "pdf")).isEqualTo("pdf");
        ServerTiming.time("sign", () -> 1);

        assertThat(ServerTiming.take()).matches("render;dur=\\d+\\.\\d, sign;dur=\\d+\\.\\d, total;dur=\\d+\\.\\d");
        assertThat(ServerTiming.take()).isEmpty();
    }

    @Test
    void aRequestWithoutStepsHasNoTimingAtAll() {
        ServerTiming.open();

        assertThat(ServerTiming.take()).isEmpty();
    }

    @Test
    void aStepOutsideARequestIsDoneButNotRecorded() {
        assertThat(ServerTiming.time("render", () -> 42)).isEqualTo(42);
        assertThat(ServerTiming.take()).isEmpty();
    }
}
