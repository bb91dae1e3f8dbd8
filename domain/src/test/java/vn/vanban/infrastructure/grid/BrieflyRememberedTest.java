package vn.vanban.infrastructure.grid;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class BrieflyRememberedTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicInteger lookUps = new AtomicInteger();
    private final BrieflyRemembered<String, String> answers =
            new BrieflyRemembered<>(Duration.ofSeconds(1), 3, now::get, writes::get);

    private Optional<String> ask(String key) {
        return answers.get(key, k -> {
            lookUps.incrementAndGet();
            return k.startsWith("no") ? Optional.empty() : Optional.of("answer to " + k + " #" + lookUps.get());
        });
    }

    @Test
    void anAnswerIsKeptForItsLifetime() {
        assertThat(ask("lan")).contains("answer to lan #1");
        now.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(ask("lan")).contains("answer to lan #1");
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(ask("lan")).contains("answer to lan #2");
        assertThat(lookUps).hasValue(2);
    }

    @Test
    void aLocalWriteDropsEveryAnswerAtOnce() {
        ask("lan");
        ask("hung");
        writes.incrementAndGet();

        assertThat(ask("lan")).contains("answer to lan #3");
        assertThat(ask("hung")).contains("answer to hung #4");
    }

    @Test
    void aWriteDuringTheLookUpLeavesItsAnswerStale() {
        answers.get("lan", k -> {
            writes.incrementAndGet();
            return Optional.of("read before the write committed");
        });

        assertThat(ask("lan")).contains("answer to lan #1");
    }

    @Test
    void anAnswerThatIsNoIsAskedAgainEveryTime() {
        assertThat(ask("nobody")).isEmpty();
        assertThat(ask("nobody")).isEmpty();
        assertThat(lookUps).hasValue(2);
    }

    @Test
    void aFullCacheStartsAgainInsteadOfGrowing() {
        ask("a");
        ask("b");
        ask("c");
        ask("d");

        assertThat(ask("d")).contains("answer to d #4");
        assertThat(ask("a")).contains("answer to a #5");
    }

    @Test
    void aValueKeptByItsMakerIsFoundUntilAWriteOrItsLifetimeEnds() {
        answers.keep("page", "rendered", writes.get());
        assertThat(answers.find("page")).contains("rendered");

        writes.incrementAndGet();
        assertThat(answers.find("page")).isEmpty();

        answers.keep("page", "rendered again", answers.writes());
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(answers.find("page")).isEmpty();
    }

    @Test
    void aValueMadeWhileSomethingWasWrittenIsNeverFound() {
        long renderingBegan = answers.writes();
        writes.incrementAndGet();

        answers.keep("page", "rendered before the write committed", renderingBegan);

        assertThat(answers.find("page")).isEmpty();
    }

    @Test
    void forgettingAllDropsEveryAnswer() {
        ask("lan");
        answers.keep("page", "rendered", writes.get());

        answers.forgetAll();

        assertThat(answers.find("page")).isEmpty();
        assertThat(ask("lan")).contains("answer to lan #2");
    }
}
